-- Leads (线索): people and companies that showed interest and are not customers yet, captured by
-- hand, by import, by the API and by the public web form; worked, qualified or disqualified, and
-- converted into an account, a contact and an opportunity. The converted_* ids point into the
-- customer and sales tables without foreign keys: a converted lead is history and must not stop
-- anybody from deleting or merging the records it became.
create sequence sales_lead_seq start with 1 increment by 50;

create table sales_lead (
    id                       bigint        primary key,
    family_name              varchar(100),
    given_name               varchar(100),
    full_name                varchar(200)  not null,
    company_name             varchar(200),
    title                    varchar(200),
    email                    varchar(254),
    mobile                   varchar(50),
    mobile_e164              varchar(20),
    phone                    varchar(50),
    phone_e164               varchar(20),
    industry                 varchar(40),
    region                   varchar(100),
    city                     varchar(100),
    source                   varchar(20)   not null,
    campaign                 varchar(200),
    description              varchar(4000),
    owner_id                 bigint        not null references platform_user (id),
    created_by               bigint        references platform_user (id),
    status                   varchar(20)   not null,
    disqualify_reason        varchar(20),
    disqualify_note          varchar(500),
    score                    integer       not null,
    converted_account_id     bigint,
    converted_contact_id     bigint,
    converted_opportunity_id bigint,
    converted_at             timestamp with time zone,
    converted_by             bigint        references platform_user (id),
    version                  bigint        not null,
    created_at               timestamp with time zone not null,
    updated_at               timestamp with time zone not null,
    constraint sales_lead_score_range check (score between 0 and 100),
    constraint sales_lead_disqualified check ((status = 'DISQUALIFIED') = (disqualify_reason is not null)),
    constraint sales_lead_converted check ((status = 'CONVERTED') = (converted_account_id is not null))
);
-- The list: the leads of some owners, newest first, optionally of one status.
create index sales_lead_owner_idx on sales_lead (owner_id, created_at, id);
create index sales_lead_status_idx on sales_lead (status, created_at, id);
create index sales_lead_created_idx on sales_lead (created_at, id);

create table sales_lead_aud (
    id                       bigint   not null,
    rev                      bigint   not null references platform_revision (id),
    revtype                  smallint,
    family_name              varchar(100),
    given_name               varchar(100),
    full_name                varchar(200),
    company_name             varchar(200),
    title                    varchar(200),
    email                    varchar(254),
    mobile                   varchar(50),
    phone                    varchar(50),
    industry                 varchar(40),
    region                   varchar(100),
    city                     varchar(100),
    source                   varchar(20),
    campaign                 varchar(200),
    description              varchar(4000),
    owner_id                 bigint,
    status                   varchar(20),
    disqualify_reason        varchar(20),
    disqualify_note          varchar(500),
    converted_account_id     bigint,
    converted_contact_id     bigint,
    converted_opportunity_id bigint,
    primary key (id, rev)
);

-- Assignment rules, tried in sort_order: the first whose criteria all match a new lead gives
-- it to a user, or in turn to the active members of a team. An empty criterion matches anything.
create sequence sales_lead_rule_seq start with 1 increment by 50;

create table sales_lead_rule (
    id               bigint       primary key,
    sort_order       integer      not null,
    name             varchar(100) not null,
    region           varchar(100),
    city             varchar(100),
    industry         varchar(40),
    source           varchar(20),
    assignee_user_id bigint       references platform_user (id),
    assignee_team_id bigint       references platform_team (id),
    active           boolean      not null,
    version          bigint       not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint sales_lead_rule_one_assignee check ((assignee_user_id is null) <> (assignee_team_id is null))
);
create index sales_lead_rule_position_idx on sales_lead_rule (sort_order, id);

-- Whom a round-robin rule gave its last lead, apart from the rule so that editing a rule and
-- assigning leads never collide on its version. Read and written under a row lock: two leads
-- captured at once go to two different members.
create table sales_lead_rule_cursor (
    rule_id      bigint primary key references sales_lead_rule (id) on delete cascade,
    last_user_id bigint
);

-- Who gets a lead that no rule matches (one row). Empty: whoever captured it; a lead from the
-- public form then needs a rule or this owner.
create table sales_lead_routing (
    id               integer primary key,
    default_owner_id bigint  references platform_user (id),
    version          bigint  not null,
    constraint sales_lead_routing_single check (id = 1)
);
insert into sales_lead_routing (id, default_owner_id, version) values (1, null, 0);
