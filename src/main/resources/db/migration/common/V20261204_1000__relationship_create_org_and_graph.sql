-- The customer's own relationships (客户本身的关系): departments and positions over time inside an
-- account, the personnel changes between them, and the ties between companies, between people, and
-- between our users and people. History is never overwritten: a change ends one position and opens
-- another. References to accounts and contacts restrict deletion; the customer module asks this
-- module first (AccountDeleting, ContactDeleting) and repoints rows on a merge.

create sequence relationship_department_seq start with 1 increment by 50;

create table relationship_department (
    id         bigint       primary key,
    account_id bigint       not null references customer_account (id),
    parent_id  bigint       references relationship_department (id),
    name       varchar(200) not null,
    version    bigint       not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
create index relationship_department_account_idx on relationship_department (account_id, parent_id);

-- A contact's position at an account from valid_from (inclusive) to valid_to (exclusive; null: today).
-- reports_to names a person, not a position, so that a manager's promotion keeps their reports.
create sequence relationship_position_seq start with 1 increment by 50;

create table relationship_position (
    id                    bigint       primary key,
    contact_id            bigint       not null references customer_contact (id),
    account_id            bigint       not null references customer_account (id),
    department_id         bigint       references relationship_department (id),
    title                 varchar(200) not null,
    reports_to_contact_id bigint       references customer_contact (id),
    buying_role           varchar(30),
    valid_from            date         not null,
    valid_to              date,
    version               bigint       not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    constraint relationship_position_period_ck check (valid_to is null or valid_to > valid_from),
    constraint relationship_position_self_ck check (reports_to_contact_id is null or reports_to_contact_id <> contact_id)
);
create index relationship_position_account_idx on relationship_position (account_id, valid_from);
create index relationship_position_contact_idx on relationship_position (contact_id, valid_from);
create index relationship_position_reports_to_idx on relationship_position (reports_to_contact_id);

-- Joined, promoted, transferred, title or buying-role changed, left: what happened, on which day.
create sequence relationship_personnel_change_seq start with 1 increment by 50;

create table relationship_personnel_change (
    id                     bigint        primary key,
    contact_id             bigint        not null references customer_contact (id),
    account_id             bigint        not null references customer_account (id),
    kind                   varchar(20)   not null,
    effective_on           date          not null,
    from_position_id       bigint        references relationship_position (id),
    to_position_id         bigint        references relationship_position (id),
    -- where a person who left went, when known: an account, or just a company name
    new_account_id         bigint        references customer_account (id),
    new_company_name       varchar(200),
    key_person             boolean       not null,
    note                   varchar(1000),
    recorded_by            bigint        references platform_user (id),
    recorded_at            timestamp with time zone not null
);
create index relationship_personnel_change_account_idx on relationship_personnel_change (account_id, effective_on);
create index relationship_personnel_change_contact_idx on relationship_personnel_change (contact_id, effective_on);

-- Typed, directed, dated links between accounts: from_account is the parent, shareholder, supplier…
-- of to_account.
create sequence relationship_company_link_seq start with 1 increment by 50;

create table relationship_company_link (
    id              bigint        primary key,
    from_account_id bigint        not null references customer_account (id),
    to_account_id   bigint        not null references customer_account (id),
    kind            varchar(20)   not null,
    share_percent   numeric(5, 2),
    valid_from      date,
    valid_to        date,
    note            varchar(500),
    version         bigint        not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint relationship_company_link_self_ck check (from_account_id <> to_account_id),
    constraint relationship_company_link_period_ck check (valid_to is null or valid_from is null or valid_to > valid_from),
    constraint relationship_company_link_share_ck check (share_percent is null or (share_percent > 0 and share_percent <= 100))
);
create index relationship_company_link_from_idx on relationship_company_link (from_account_id, kind);
create index relationship_company_link_to_idx on relationship_company_link (to_account_id, kind);

-- Ties between people (former colleague, classmate, friend, family, mentor, referred by), strength 1–5.
create sequence relationship_person_tie_seq start with 1 increment by 50;

create table relationship_person_tie (
    id              bigint        primary key,
    from_contact_id bigint        not null references customer_contact (id),
    to_contact_id   bigint        not null references customer_contact (id),
    kind            varchar(20)   not null,
    strength        smallint      not null,
    valid_from      date,
    valid_to        date,
    note            varchar(500),
    version         bigint        not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint relationship_person_tie_self_ck check (from_contact_id <> to_contact_id),
    constraint relationship_person_tie_strength_ck check (strength between 1 and 5)
);
create index relationship_person_tie_from_idx on relationship_person_tie (from_contact_id, strength);
create index relationship_person_tie_to_idx on relationship_person_tie (to_contact_id, strength);

-- Who of our users knows which contact, and how well (1–5). The last interaction comes from the timeline.
create sequence relationship_user_tie_seq start with 1 increment by 50;

create table relationship_user_tie (
    id         bigint        primary key,
    user_id    bigint        not null references platform_user (id),
    contact_id bigint        not null references customer_contact (id),
    strength   smallint      not null,
    note       varchar(500),
    version    bigint        not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    constraint relationship_user_tie_uk unique (user_id, contact_id),
    constraint relationship_user_tie_strength_ck check (strength between 1 and 5)
);
create index relationship_user_tie_contact_idx on relationship_user_tie (contact_id, strength);
