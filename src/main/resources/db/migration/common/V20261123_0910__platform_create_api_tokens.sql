-- Personal API tokens; only a SHA-256 hash of the secret is stored.
create sequence platform_api_token_seq start with 1 increment by 50;

create table platform_api_token (
    id           bigint       primary key,
    user_id      bigint       not null references platform_user (id),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    token_prefix varchar(16)  not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint platform_api_token_hash_uk unique (token_hash)
);
create index platform_api_token_user_idx on platform_api_token (user_id);
