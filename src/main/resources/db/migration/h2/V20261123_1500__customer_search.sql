-- One search box over accounts and contacts (see customer.CustomerSearch). The PostgreSQL migration of
-- the same version adds the indexes that make it fast; on H2 search only needs to answer correctly.
alter table customer_account add column search_terms varchar(100) array;
alter table customer_contact add column search_terms varchar(100) array;
