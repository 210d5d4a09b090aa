-- Responses to creating POSTs, kept for a day so that a retried request with the same
-- Idempotency-Key gets the first answer instead of creating a second record.
create table platform_idempotency_key (
    user_id      bigint       not null,
    idem_key     varchar(255) not null,
    request_hash varchar(64)  not null,
    status       integer,
    content_type varchar(200),
    location     varchar(2000),
    body         text,
    created_at   timestamp with time zone not null,
    primary key (user_id, idem_key)
);
create index platform_idempotency_key_created_idx on platform_idempotency_key (created_at);
