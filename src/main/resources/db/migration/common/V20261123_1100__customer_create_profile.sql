-- The customer profile: full account fields, contacts and their accounts, tags, custom fields
-- and the interaction timeline. Enumerations are stored as text (see the Java enums).

-- Accounts: companies (B2B) and individual customers (B2C).
alter table customer_account add column kind varchar(20) not null default 'COMPANY';
alter table customer_account add column legal_name varchar(300);
alter table customer_account add column industry varchar(40);
alter table customer_account add column size_band varchar(20);
alter table customer_account add column country varchar(2);
alter table customer_account add column region varchar(100);
alter table customer_account add column city varchar(100);
alter table customer_account add column address varchar(500);
alter table customer_account add column postal_code varchar(20);
alter table customer_account add column website varchar(300);
alter table customer_account add column phone varchar(50);
-- E.164 form of phone, written by the application (libphonenumber) for search and duplicates.
alter table customer_account add column phone_e164 varchar(20);
alter table customer_account add column email varchar(254);
alter table customer_account add column source varchar(40);
alter table customer_account add column tier varchar(10);
alter table customer_account add column lifecycle_stage varchar(20) not null default 'PROSPECT';
alter table customer_account add column status varchar(20) not null default 'ACTIVE';
alter table customer_account add column notes varchar(4000);

create index customer_account_updated_idx on customer_account (updated_at, id);
create index customer_account_phone_idx on customer_account (phone_e164);
create index customer_account_email_idx on customer_account (email);

alter table customer_account_aud add column kind varchar(20);
alter table customer_account_aud add column legal_name varchar(300);
alter table customer_account_aud add column industry varchar(40);
alter table customer_account_aud add column size_band varchar(20);
alter table customer_account_aud add column country varchar(2);
alter table customer_account_aud add column region varchar(100);
alter table customer_account_aud add column city varchar(100);
alter table customer_account_aud add column address varchar(500);
alter table customer_account_aud add column postal_code varchar(20);
alter table customer_account_aud add column website varchar(300);
alter table customer_account_aud add column phone varchar(50);
alter table customer_account_aud add column phone_e164 varchar(20);
alter table customer_account_aud add column email varchar(254);
alter table customer_account_aud add column source varchar(40);
alter table customer_account_aud add column tier varchar(10);
alter table customer_account_aud add column lifecycle_stage varchar(20);
alter table customer_account_aud add column status varchar(20);
alter table customer_account_aud add column notes varchar(4000);

-- Contacts: people, with names that work in Chinese (family name first, no space) and Western order.
create sequence customer_contact_seq start with 1 increment by 50;

create table customer_contact (
    id                 bigint       primary key,
    family_name        varchar(100),
    given_name         varchar(100),
    -- the name as people write it, derived from the parts; what lists and search show
    full_name          varchar(200) not null,
    -- an English name or pinyin, for colleagues who cannot read the native name
    alternate_name     varchar(200),
    job_title          varchar(200),
    mobile             varchar(50),
    mobile_e164        varchar(20),
    phone              varchar(50),
    phone_e164         varchar(20),
    email              varchar(254),
    wechat             varchar(100),
    birthday           date,
    preferred_language varchar(20),
    preferred_channel  varchar(20),
    do_not_contact     boolean      not null default false,
    city               varchar(100),
    notes              varchar(4000),
    owner_id           bigint       not null references platform_user (id),
    version            bigint       not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null
);
create index customer_contact_owner_idx on customer_contact (owner_id, id);
create index customer_contact_mobile_idx on customer_contact (mobile_e164);
create index customer_contact_phone_idx on customer_contact (phone_e164);
create index customer_contact_email_idx on customer_contact (email);

create table customer_contact_aud (
    id                 bigint   not null,
    rev                bigint   not null references platform_revision (id),
    revtype            smallint,
    family_name        varchar(100),
    given_name         varchar(100),
    full_name          varchar(200),
    alternate_name     varchar(200),
    job_title          varchar(200),
    mobile             varchar(50),
    mobile_e164        varchar(20),
    phone              varchar(50),
    phone_e164         varchar(20),
    email              varchar(254),
    wechat             varchar(100),
    birthday           date,
    preferred_language varchar(20),
    preferred_channel  varchar(20),
    do_not_contact     boolean,
    city               varchar(100),
    notes              varchar(4000),
    owner_id           bigint,
    primary key (id, rev)
);

-- Which accounts a contact works at today. The relationship module adds positions over time.
create table customer_account_contact (
    account_id bigint       not null references customer_account (id) on delete cascade,
    contact_id bigint       not null references customer_contact (id) on delete cascade,
    job_title  varchar(200),
    is_primary boolean      not null default false,
    created_at timestamp with time zone not null,
    primary key (account_id, contact_id)
);
create index customer_account_contact_contact_idx on customer_account_contact (contact_id, account_id);

-- Tags with a colour, on accounts and on contacts.
create sequence customer_tag_seq start with 1 increment by 50;

create table customer_tag (
    id         bigint      primary key,
    name       varchar(50) not null,
    color      varchar(7)  not null,
    version    bigint      not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    constraint customer_tag_name_uk unique (name)
);

create table customer_account_tag (
    account_id bigint not null references customer_account (id) on delete cascade,
    tag_id     bigint not null references customer_tag (id) on delete cascade,
    primary key (account_id, tag_id)
);
create index customer_account_tag_tag_idx on customer_account_tag (tag_id, account_id);

create table customer_contact_tag (
    contact_id bigint not null references customer_contact (id) on delete cascade,
    tag_id     bigint not null references customer_tag (id) on delete cascade,
    primary key (contact_id, tag_id)
);
create index customer_contact_tag_tag_idx on customer_contact_tag (tag_id, contact_id);

-- Custom fields defined by an admin per entity (ACCOUNT, CONTACT). Values are typed columns, so
-- they filter and sort with plain indexes; a multi-choice value is one row per chosen option.
create sequence customer_field_seq start with 1 increment by 50;

create table customer_field (
    id         bigint       primary key,
    entity     varchar(20)  not null,
    code       varchar(50)  not null,
    label      varchar(100) not null,
    label_zh   varchar(100),
    type       varchar(20)  not null,
    -- choices for CHOICE and MULTI_CHOICE, one per line
    options    varchar(4000),
    required   boolean      not null default false,
    position   integer      not null default 0,
    active     boolean      not null default true,
    version    bigint       not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    constraint customer_field_code_uk unique (entity, code)
);

create sequence customer_field_value_seq start with 1 increment by 50;

create table customer_account_field_value (
    id            bigint         primary key,
    account_id    bigint         not null references customer_account (id) on delete cascade,
    field_id      bigint         not null references customer_field (id) on delete cascade,
    value_text    varchar(2000),
    value_number  numeric(19, 4),
    value_date    date,
    value_boolean boolean
);
create index customer_account_field_value_record_idx on customer_account_field_value (account_id, field_id);
create index customer_account_field_value_text_idx on customer_account_field_value (field_id, value_text);
create index customer_account_field_value_number_idx on customer_account_field_value (field_id, value_number);
create index customer_account_field_value_date_idx on customer_account_field_value (field_id, value_date);

create table customer_contact_field_value (
    id            bigint         primary key,
    contact_id    bigint         not null references customer_contact (id) on delete cascade,
    field_id      bigint         not null references customer_field (id) on delete cascade,
    value_text    varchar(2000),
    value_number  numeric(19, 4),
    value_date    date,
    value_boolean boolean
);
create index customer_contact_field_value_record_idx on customer_contact_field_value (contact_id, field_id);
create index customer_contact_field_value_text_idx on customer_contact_field_value (field_id, value_text);
create index customer_contact_field_value_number_idx on customer_contact_field_value (field_id, value_number);
create index customer_contact_field_value_date_idx on customer_contact_field_value (field_id, value_date);

-- The timeline: interactions across channels (CALL, MEETING, VISIT, EMAIL, MESSAGE, WEB, NOTE) and
-- entries that other modules post through events (source names the module, link the record).
create sequence customer_interaction_seq start with 1 increment by 50;

create table customer_interaction (
    id               bigint        primary key,
    account_id       bigint        references customer_account (id) on delete cascade,
    channel          varchar(20)   not null,
    direction        varchar(20),
    subject          varchar(300)  not null,
    body             varchar(4000),
    outcome          varchar(300),
    occurred_at      timestamp with time zone not null,
    duration_minutes integer,
    source           varchar(40)   not null default 'customer',
    source_ref       varchar(200),
    link             varchar(300),
    author_id        bigint        references platform_user (id),
    version          bigint        not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);
create index customer_interaction_account_idx on customer_interaction (account_id, occurred_at, id);
create unique index customer_interaction_source_uk on customer_interaction (source, source_ref);

create table customer_interaction_contact (
    interaction_id bigint not null references customer_interaction (id) on delete cascade,
    contact_id     bigint not null references customer_contact (id) on delete cascade,
    primary key (interaction_id, contact_id)
);
create index customer_interaction_contact_contact_idx on customer_interaction_contact (contact_id, interaction_id);

create table customer_interaction_user (
    interaction_id bigint not null references customer_interaction (id) on delete cascade,
    user_id        bigint not null references platform_user (id),
    primary key (interaction_id, user_id)
);
create index customer_interaction_user_user_idx on customer_interaction_user (user_id, interaction_id);
