-- References that had no index (see db/migration/postgresql, where these indexes leave nulls out):
-- deleting an account or a department looked through whole tables for rows naming it.
create index relationship_personnel_change_new_account_idx on relationship_personnel_change (new_account_id);
create index relationship_position_department_idx on relationship_position (department_id);
create index relationship_department_parent_idx on relationship_department (parent_id);
