-- The contact list opens sorted by name and is often sorted by its last change: with these, a page
-- of a large list is a walk along an index rather than a sort of every visible contact.
create index customer_contact_full_name_idx on customer_contact (full_name, id);
create index customer_contact_updated_idx on customer_contact (updated_at, id);
