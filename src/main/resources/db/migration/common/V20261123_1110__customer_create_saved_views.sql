-- A user's saved list views: a name and the list's query string (filters, sort, columns).
create sequence customer_saved_view_seq start with 1 increment by 50;

create table customer_saved_view (
    id         bigint        primary key,
    user_id    bigint        not null references platform_user (id) on delete cascade,
    list       varchar(20)   not null,
    name       varchar(60)   not null,
    query      varchar(2000) not null,
    is_default boolean       not null default false,
    version    bigint        not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    constraint customer_saved_view_name_uk unique (user_id, list, name)
);
