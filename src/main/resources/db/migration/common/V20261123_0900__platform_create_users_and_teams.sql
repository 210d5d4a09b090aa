-- Users, teams and the manager hierarchy that record-level access is derived from.
create sequence platform_team_seq start with 1 increment by 50;
create sequence platform_user_seq start with 1 increment by 50;

create table platform_team (
    id          bigint       primary key,
    name        varchar(100) not null,
    description varchar(500),
    version     bigint       not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint platform_team_name_uk unique (name)
);

create table platform_user (
    id            bigint       primary key,
    username      varchar(100) not null,
    display_name  varchar(200) not null,
    email         varchar(254),
    password_hash varchar(200) not null,
    role          varchar(40)  not null,
    team_id       bigint       references platform_team (id),
    manager_id    bigint       references platform_user (id),
    locale        varchar(20),
    enabled       boolean      not null,
    failed_logins integer      not null default 0,
    locked_until  timestamp with time zone,
    version       bigint       not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    constraint platform_user_username_uk unique (username)
);
create index platform_user_manager_idx on platform_user (manager_id);
create index platform_user_team_idx on platform_user (team_id);
