-- Sales tasks (销售任务): a rep's to-dos with a due time and an optional reminder, for someone, linked to an
-- opportunity and/or an account (or to nothing: a personal task). A task linked to an opportunity is also
-- linked to its account, so that it shows on the account's page too.
create sequence sales_task_seq start with 1 increment by 50;

create table sales_task (
    id               bigint        primary key,
    title            varchar(200)  not null,
    notes            varchar(4000),
    priority         varchar(10)   not null,
    due_at           timestamp with time zone not null,
    -- what the user asked for, and when it was sent (once)
    remind_at        timestamp with time zone,
    reminded_at      timestamp with time zone,
    -- remind_at while the reminder is still to be sent, else null: the reminder job reads only these rows
    next_reminder_at timestamp with time zone,
    assignee_id      bigint        not null references platform_user (id),
    created_by       bigint        not null references platform_user (id),
    opportunity_id   bigint        references sales_opportunity (id),
    account_id       bigint        references customer_account (id),
    done_at          timestamp with time zone,
    done_by          bigint        references platform_user (id),
    version          bigint        not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint sales_task_priority_ck check (priority in ('HIGH', 'NORMAL', 'LOW')),
    constraint sales_task_reminder_ck check (remind_at is null or remind_at <= due_at)
);
-- "My tasks": open ones by due time, done ones newest first
create index sales_task_assignee_idx on sales_task (assignee_id, done_at, due_at);
create index sales_task_creator_idx on sales_task (created_by, done_at, due_at);
create index sales_task_opportunity_idx on sales_task (opportunity_id, done_at, due_at);
create index sales_task_account_idx on sales_task (account_id, done_at, due_at);
create index sales_task_reminder_idx on sales_task (next_reminder_at);
