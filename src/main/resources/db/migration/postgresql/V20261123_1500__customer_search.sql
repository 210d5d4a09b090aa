-- One search box over accounts and contacts (see customer.CustomerSearch).
-- search_terms is written by the application (customer.SearchTerms: CJK character pairs, lower-cased
-- words, phone number endings) because a trigram index cannot answer a two-character Chinese term;
-- rows written before this change are filled by customer.search.SearchTermsBackfill at start-up.
create extension if not exists pg_trgm;

alter table customer_account add column search_terms text[];
alter table customer_contact add column search_terms text[];

create index customer_account_search_terms_idx on customer_account using gin (search_terms);
create index customer_contact_search_terms_idx on customer_contact using gin (search_terms);

-- Substrings of three characters or more and typos: trigrams over the names a record is known by.
-- The expressions must stay exactly as CustomerSearch writes them, or the planner cannot use them.
create index customer_account_name_trgm_idx on customer_account
    using gin (lower(name || ' ' || coalesce(legal_name, '')) gin_trgm_ops);
create index customer_contact_name_trgm_idx on customer_contact
    using gin (lower(full_name || ' ' || coalesce(alternate_name, '')) gin_trgm_ops);

-- Name and e-mail prefixes as the user types, in name order, with the owner for the access filter.
create index customer_account_name_prefix_idx on customer_account (lower(name) text_pattern_ops, owner_id);
create index customer_contact_name_prefix_idx on customer_contact (lower(full_name) text_pattern_ops, owner_id);
create index customer_account_email_prefix_idx on customer_account (email text_pattern_ops);
create index customer_contact_email_prefix_idx on customer_contact (email text_pattern_ops);

-- Rows still waiting for their terms (empty once the backfill has run, so start-up finds them at once).
create index customer_account_search_pending_idx on customer_account (id) where search_terms is null;
create index customer_contact_search_pending_idx on customer_contact (id) where search_terms is null;
