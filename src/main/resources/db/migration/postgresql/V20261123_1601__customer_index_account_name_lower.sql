-- Duplicate detection on import compares names ignoring case (names are stored without surrounding
-- spaces), 1,000 names per query. H2 has no expression indexes; it gets a generated column instead.
create index customer_account_name_lower_idx on customer_account (lower(name));
