-- The text_pattern_ops indexes of the 1500 migration answer equality as well as prefixes (checked with
-- EXPLAIN for lower(name) = any(?) and email = any(?)), so these plain twins only made every insert
-- and update write one more index: the import writes each row into every index of its table.
drop index customer_account_name_lower_idx;
drop index customer_account_email_idx;
drop index customer_contact_email_idx;
