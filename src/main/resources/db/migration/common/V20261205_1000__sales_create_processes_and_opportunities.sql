-- Sales (销售管理): sales process templates with stages, per-stage checklists and control points
-- (控制点), and opportunities (商机) that move through them with their deal team (虚拟团队), buying
-- contacts, competitors, documents and stage history.

-- A process an admin defines; product_line and segment (an account tier) choose which process a new
-- opportunity follows; the default process applies where none matches.
create sequence sales_process_seq start with 1 increment by 50;

create table sales_process (
    id           bigint        primary key,
    name         varchar(200)  not null,
    description  varchar(2000),
    product_line varchar(100),
    segment      varchar(20),
    is_default   boolean       not null,
    active       boolean       not null,
    version      bigint        not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);

-- Ordered stages; a WON stage closes the opportunity as won. code names the stage for translations
-- of the default process (sales.stage.<code>); name is what an admin typed.
create sequence sales_stage_seq start with 1 increment by 50;

create table sales_stage (
    id          bigint        primary key,
    process_id  bigint        not null references sales_process (id),
    position    integer       not null,
    code        varchar(50),
    name        varchar(200)  not null,
    probability integer       not null,
    outcome     varchar(10)   not null,
    guidance    varchar(4000),
    constraint sales_stage_probability_ck check (probability between 0 and 100),
    constraint sales_stage_position_uq unique (process_id, position)
);

-- The checklist of a stage (clarify needs, background, …); required tasks are control points.
create sequence sales_stage_task_seq start with 1 increment by 50;

create table sales_stage_task (
    id       bigint       primary key,
    stage_id bigint       not null references sales_stage (id),
    position integer      not null,
    code     varchar(50),
    name     varchar(300) not null,
    required boolean      not null
);
create index sales_stage_task_stage_idx on sales_stage_task (stage_id, position);

-- Control points other than required tasks that must hold before an opportunity leaves the stage:
-- FIELD (field names the opportunity field), DOCUMENT (document_kind), APPROVAL (a manager's).
create sequence sales_stage_gate_seq start with 1 increment by 50;

create table sales_stage_gate (
    id            bigint      primary key,
    stage_id      bigint      not null references sales_stage (id),
    kind          varchar(20) not null,
    field         varchar(50),
    document_kind varchar(20)
);
create index sales_stage_gate_stage_idx on sales_stage_gate (stage_id);

create sequence sales_opportunity_seq start with 1 increment by 50;

create table sales_opportunity (
    id                bigint         primary key,
    account_id        bigint         not null references customer_account (id),
    owner_id          bigint         not null references platform_user (id),
    name              varchar(200)   not null,
    process_id        bigint         not null references sales_process (id),
    stage_id          bigint         not null references sales_stage (id),
    status            varchar(10)    not null,
    amount            numeric(19, 2),
    currency          varchar(3)     not null,
    close_date        date,
    probability       integer        not null,
    forecast_category varchar(20)    not null,
    next_step         varchar(500),
    product_line      varchar(100),
    source            varchar(30),
    description       varchar(4000),
    close_reason      varchar(500),
    stage_entered_at  timestamp with time zone not null,
    closed_at         timestamp with time zone,
    version           bigint         not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint sales_opportunity_probability_ck check (probability between 0 and 100),
    constraint sales_opportunity_amount_ck check (amount is null or amount >= 0)
);
create index sales_opportunity_owner_idx on sales_opportunity (owner_id, status, stage_id);
create index sales_opportunity_account_idx on sales_opportunity (account_id, status);
create index sales_opportunity_close_idx on sales_opportunity (status, close_date);

-- The customer's people on the deal and their role in the buying decision.
create table sales_opportunity_contact (
    opportunity_id bigint      not null references sales_opportunity (id),
    contact_id     bigint      not null references customer_contact (id),
    buying_role    varchar(30),
    primary key (opportunity_id, contact_id)
);
create index sales_opportunity_contact_contact_idx on sales_opportunity_contact (contact_id);

-- The deal team: membership grants read access, and change access where can_edit.
create table sales_opportunity_member (
    opportunity_id bigint      not null references sales_opportunity (id),
    user_id        bigint      not null references platform_user (id),
    role           varchar(20) not null,
    can_edit       boolean     not null,
    primary key (opportunity_id, user_id)
);
create index sales_opportunity_member_user_idx on sales_opportunity_member (user_id, opportunity_id);

-- Checklist tasks done on an opportunity.
create table sales_opportunity_task (
    opportunity_id bigint    not null references sales_opportunity (id),
    stage_task_id  bigint    not null references sales_stage_task (id),
    done_by        bigint    references platform_user (id),
    done_at        timestamp with time zone not null,
    primary key (opportunity_id, stage_task_id)
);

-- A manager's approval for an APPROVAL control point of a stage.
create sequence sales_stage_approval_seq start with 1 increment by 50;

create table sales_stage_approval (
    id             bigint        primary key,
    opportunity_id bigint        not null references sales_opportunity (id),
    stage_id       bigint        not null references sales_stage (id),
    status         varchar(10)   not null,
    requested_by   bigint        not null references platform_user (id),
    requested_at   timestamp with time zone not null,
    decided_by     bigint        references platform_user (id),
    decided_at     timestamp with time zone,
    note           varchar(1000)
);
create index sales_stage_approval_opportunity_idx on sales_stage_approval (opportunity_id, stage_id);

-- Every stage move, for the timeline, the stage history and conversion reports.
create sequence sales_stage_change_seq start with 1 increment by 50;

create table sales_stage_change (
    id             bigint      primary key,
    opportunity_id bigint      not null references sales_opportunity (id),
    from_stage_id  bigint      references sales_stage (id),
    to_stage_id    bigint      not null references sales_stage (id),
    status         varchar(10) not null,
    changed_by     bigint      references platform_user (id),
    changed_at     timestamp with time zone not null
);
create index sales_stage_change_opportunity_idx on sales_stage_change (opportunity_id, changed_at);

-- Competitors on the deal, with their strengths and weaknesses (bidding: 招投标).
create sequence sales_competitor_seq start with 1 increment by 50;

create table sales_competitor (
    id             bigint        primary key,
    opportunity_id bigint        not null references sales_opportunity (id),
    name           varchar(200)  not null,
    strengths      varchar(2000),
    weaknesses     varchar(2000),
    version        bigint        not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null
);
create index sales_competitor_opportunity_idx on sales_competitor (opportunity_id);

-- Bid documents, proposals, contracts and other files, kept in the database (a few MB each).
create sequence sales_document_seq start with 1 increment by 50;

create table sales_document (
    id             bigint        primary key,
    opportunity_id bigint        not null references sales_opportunity (id),
    kind           varchar(20)   not null,
    file_name      varchar(255)  not null,
    content_type   varchar(100)  not null,
    size_bytes     bigint        not null,
    content        bytea         not null,
    uploaded_by    bigint        references platform_user (id),
    uploaded_at    timestamp with time zone not null
);
create index sales_document_opportunity_idx on sales_document (opportunity_id, kind);
