-- Entries that other modules post (a deal moved, won or lost) are read in English and in Chinese: such an
-- entry keeps its subject as a message key with its arguments (JSON, as notifications keep theirs) and
-- is rendered in the reader's language. subject keeps the English text for whatever reads the column
-- itself; entries without a key are shown as stored, as before.
alter table customer_interaction add column subject_key varchar(150);
alter table customer_interaction add column subject_args varchar(4000);
