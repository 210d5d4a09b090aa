-- What the application tells a user (a key person left, a deal changed hands): shown under the bell
-- in the header until read.
create sequence platform_notification_seq start with 1 increment by 50;

create table platform_notification (
    id         bigint        primary key,
    user_id    bigint        not null references platform_user (id),
    kind       varchar(40)   not null,
    title      varchar(300)  not null,
    body       varchar(1000),
    link       varchar(300),
    created_at timestamp with time zone not null,
    read_at    timestamp with time zone
);
create index platform_notification_user_idx on platform_notification (user_id, read_at, id);
