-- The duplicate finder reads the accounts of one city whose names come next to a name in
-- alphabetical order, a short index walk however many accounts the city has. H2 (small
-- databases) reads the city's accounts through customer_account_city_initial_idx instead.
create index customer_account_city_name_idx on customer_account (city, lower(name), id);
