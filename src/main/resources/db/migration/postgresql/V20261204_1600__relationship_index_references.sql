-- References that had no index, found with the benchmark's data set. Deleting an account makes PostgreSQL
-- look for personnel changes naming it as where someone went (new_account_id), and so does the check this
-- module makes before an account goes (CustomerReferences): without an index each account deleted read the
-- whole table (60 ms at 100,000 accounts; the import benchmark's clean-up of 120,000 accounts would have
-- taken hours). Deleting a department looks for its positions and sub-departments the same way. Most rows
-- hold null in these columns, so the indexes leave nulls out (H2 has no partial indexes: db/migration/h2
-- has plain ones).
create index relationship_personnel_change_new_account_idx on relationship_personnel_change (new_account_id)
    where new_account_id is not null;
create index relationship_position_department_idx on relationship_position (department_id)
    where department_id is not null;
create index relationship_department_parent_idx on relationship_department (parent_id)
    where parent_id is not null;
