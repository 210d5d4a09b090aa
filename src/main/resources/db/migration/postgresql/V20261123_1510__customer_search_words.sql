-- Typos in Latin names (Siemns → Siemens). A trigram search over the names themselves must score every
-- name that shares trigrams with the typo (all 20,000 "Pacific …" companies for "Pacfic": 50 ms at a
-- million accounts), so, as the pg_trgm documentation recommends, the similar words are looked up in a
-- table of distinct words first, and the records are then found by those words in search_terms (GIN).
create table customer_search_word (
    word varchar(40) primary key
);
create index customer_search_word_trgm_idx on customer_search_word using gin (word gin_trgm_ops);

-- Kept by the database from search_terms, so whoever writes a record only has to fill search_terms.
-- Words are never removed: a word nobody uses any more only suggests a correction that finds nothing.
create function customer_search_words() returns trigger language plpgsql as $$
begin
    insert into customer_search_word (word)
    select distinct term from unnest(new.search_terms) term where term ~ '^[a-z]{4,40}$'
    on conflict do nothing;
    return null;
end
$$;

create trigger customer_account_search_words after insert or update of search_terms on customer_account
    for each row when (new.search_terms is not null) execute function customer_search_words();
create trigger customer_contact_search_words after insert or update of search_terms on customer_contact
    for each row when (new.search_terms is not null) execute function customer_search_words();

insert into customer_search_word (word)
select distinct term
from (select unnest(search_terms) as term from customer_account
      union all
      select unnest(search_terms) from customer_contact) terms
where term ~ '^[a-z]{4,40}$'
on conflict do nothing;

-- Rare terms (a phone ending, a company's pair of characters) must be estimated as rare, or the planner
-- intersects them with the whole access scope of a manager instead of just filtering a few rows.
alter table customer_account alter column search_terms set statistics 1000;
alter table customer_contact alter column search_terms set statistics 1000;
