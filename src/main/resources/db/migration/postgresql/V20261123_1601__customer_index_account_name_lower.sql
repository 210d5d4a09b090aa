-- Duplicate detection on import compares names ignoring case (names are stored without surrounding
-- spaces). H2 has no expression indexes; there the comparison scans, which is fine at its scale.
create index customer_account_name_lower_idx on customer_account (lower(name));
