-- The lower-cased first character of an account's name, kept by the database, so that the
-- duplicate finder reads a bounded block of similar names (same city, same initial) from an index.
alter table customer_account add column name_initial varchar(1) generated always as (lower(substr(name, 1, 1)));
create index customer_account_city_initial_idx on customer_account (city, name_initial, id);
