-- Deal registration (商机报备): a rep registers an opportunity for a product or product line so that
-- nobody else at the company chases the same deal. One registration per opportunity (registering
-- again after a rejection or expiry reuses it); no row means the status NONE.
-- status: PENDING (waiting for a manager), APPROVED, REJECTED, EXPIRED. protected_until: while it
-- lies ahead, a PENDING or APPROVED registration is open and conflicts with similar ones; an
-- APPROVED one protects the opportunity's ownership until then. The expiry job marks the rest.
create sequence sales_registration_seq start with 1 increment by 50;

create table sales_registration (
    id              bigint        primary key,
    opportunity_id  bigint        not null references sales_opportunity (id),
    status          varchar(10)   not null,
    product         varchar(200),
    product_line    varchar(100),
    note            varchar(1000),
    registered_by   bigint        not null references platform_user (id),
    registered_at   timestamp with time zone not null,
    protected_until timestamp with time zone not null,
    decided_by      bigint        references platform_user (id),
    decided_at      timestamp with time zone,
    decision_note   varchar(1000),
    version         bigint        not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint sales_registration_opportunity_uq unique (opportunity_id),
    constraint sales_registration_product_ck check (product is not null or product_line is not null)
);
-- the expiry job and the queue look up open registrations by status and end of protection
create index sales_registration_status_idx on sales_registration (status, protected_until);
