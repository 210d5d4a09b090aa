-- The pipeline board, the per-rep pipeline and the forecast add up the deals of the caller's
-- owners per stage and by expected close date. H2 has no included columns; PostgreSQL's indexes
-- of the same version also carry the amounts, for index-only totals.
-- The board index starts with the core owner index's columns, which it replaces.
create index sales_opportunity_pipeline_idx on sales_opportunity (owner_id, status, stage_id, close_date);
create index sales_opportunity_forecast_idx on sales_opportunity (owner_id, status, close_date);
drop index sales_opportunity_owner_idx;
