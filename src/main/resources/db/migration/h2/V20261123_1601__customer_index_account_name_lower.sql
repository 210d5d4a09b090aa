-- Duplicate detection on import compares names ignoring case (names are stored without surrounding
-- spaces). H2 has no expression indexes, so it indexes a generated column instead; PostgreSQL has an
-- expression index on lower(name) under the same version.
alter table customer_account add column name_key varchar(200) generated always as (lower(name));
create index customer_account_name_key_idx on customer_account (name_key);
