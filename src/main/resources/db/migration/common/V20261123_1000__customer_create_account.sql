-- The customer account, owned by one user. The customer issue adds the full profile.
create sequence customer_account_seq start with 1 increment by 50;

create table customer_account (
    id         bigint       primary key,
    name       varchar(200) not null,
    owner_id   bigint       not null references platform_user (id),
    version    bigint       not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
create index customer_account_owner_idx on customer_account (owner_id, id);

create table customer_account_aud (
    id       bigint   not null,
    rev      bigint   not null references platform_revision (id),
    revtype  smallint,
    name     varchar(200),
    owner_id bigint,
    primary key (id, rev)
);
