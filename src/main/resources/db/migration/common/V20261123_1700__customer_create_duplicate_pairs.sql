-- Likely duplicate accounts and contacts found by the duplicate scan (record_type ACCOUNT or CONTACT,
-- left_id < right_id). The scan replaces the pairs that are not dismissed; a dismissed pair ("not a
-- duplicate") stays, so the scan never proposes it again.
create sequence customer_duplicate_pair_seq start with 1 increment by 50;

create table customer_duplicate_pair (
    id           bigint        primary key,
    record_type  varchar(20)   not null,
    left_id      bigint        not null,
    right_id     bigint        not null,
    -- the strongest reason: PHONE, EMAIL (exact) or NAME (similar name, same city or company)
    reason       varchar(20)   not null,
    score        numeric(5, 4) not null,
    found_at     timestamp with time zone not null,
    dismissed    boolean       not null default false,
    dismissed_by bigint        references platform_user (id),
    dismissed_at timestamp with time zone,
    constraint customer_duplicate_pair_uk unique (record_type, left_id, right_id),
    constraint customer_duplicate_pair_order_ck check (left_id < right_id)
);
create index customer_duplicate_pair_right_idx on customer_duplicate_pair (record_type, right_id);
