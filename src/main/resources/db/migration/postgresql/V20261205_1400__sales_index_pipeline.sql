-- The pipeline board, the per-rep pipeline and the forecast add up a manager's deals (50 reps own
-- about 50,000 of 2,000,000) with aggregates over every matching row. These indexes lead with the
-- owner, so that each rep's deals are one range, and include every column the aggregates read, so
-- that the totals are index-only scans that never visit the table's pages:
-- * board and summary: open (or won) deals of a process per stage, the won ones by close date;
--   within a stage the deals come in close-date order, the order of a column's first cards;
-- * forecast: won and open deals by expected close date, a range of months per owner.
-- The board index starts with the core owner index's columns, which it replaces.
create index sales_opportunity_pipeline_idx on sales_opportunity (owner_id, status, stage_id, close_date)
    include (process_id, currency, amount, probability, product_line, closed_at, id);
create index sales_opportunity_forecast_idx on sales_opportunity (owner_id, status, close_date)
    include (forecast_category, currency, amount, process_id, product_line);
drop index sales_opportunity_owner_idx;
