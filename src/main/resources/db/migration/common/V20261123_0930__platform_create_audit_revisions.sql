-- Hibernate Envers revisions: who changed what, when. Each audited table gets a *_aud twin.
create sequence platform_revision_seq start with 1 increment by 50;

create table platform_revision (
    id        bigint       primary key,
    revision_time bigint   not null,
    user_id   bigint,
    username  varchar(100)
);

create table platform_team_aud (
    id          bigint   not null,
    rev         bigint   not null references platform_revision (id),
    revtype     smallint,
    name        varchar(100),
    description varchar(500),
    primary key (id, rev)
);

create table platform_user_aud (
    id           bigint   not null,
    rev          bigint   not null references platform_revision (id),
    revtype      smallint,
    username     varchar(100),
    display_name varchar(200),
    email        varchar(254),
    role         varchar(40),
    team_id      bigint,
    manager_id   bigint,
    enabled      boolean,
    primary key (id, rev)
);
