-- Imports of customer records from CSV and XLSX files: the job (who, which file, how, how far),
-- the uploaded file until the job has run, and the rows it rejected with the reason.
-- Not an entity: ids are taken one at a time, so the sequence counts by one.
create sequence customer_import_job_seq start with 1 increment by 1;

create table customer_import_job (
    id               bigint        primary key,
    -- what the rows become: ACCOUNT (CONTACT next)
    target           varchar(20)   not null,
    -- DRAFT, QUEUED, RUNNING, DONE, REJECTED, FAILED, CANCELLED
    status           varchar(20)   not null,
    file_name        varchar(300)  not null,
    file_format      varchar(10)   not null,
    file_size        bigint        not null,
    encoding         varchar(20),
    -- the file's header cells and the field each column goes to, as one CSV line each
    column_headers   varchar(8000) not null,
    column_mapping   varchar(4000),
    import_mode      varchar(20)   not null,
    duplicate_policy varchar(20)   not null,
    -- the importer's language, for the messages of the error report
    locale           varchar(20)   not null,
    created_by       bigint        not null references platform_user (id),
    total_rows       integer       not null,
    processed_rows   integer       not null default 0,
    created_count    integer       not null default 0,
    updated_count    integer       not null default 0,
    skipped_count    integer       not null default 0,
    error_count      integer       not null default 0,
    cancel_requested boolean       not null default false,
    failure          varchar(1000),
    created_at       timestamp with time zone not null,
    started_at       timestamp with time zone,
    finished_at      timestamp with time zone,
    -- the worker's heartbeat while it runs
    updated_at       timestamp with time zone not null
);
create index customer_import_job_creator_idx on customer_import_job (created_by, id);
create index customer_import_job_status_idx on customer_import_job (status, updated_at);

-- Kept in the database rather than on one node's disk, so any node can preview and run the job;
-- deleted when the job ends.
create table customer_import_file (
    job_id  bigint primary key references customer_import_job (id) on delete cascade,
    content bytea  not null
);

create table customer_import_error (
    job_id      bigint        not null references customer_import_job (id) on delete cascade,
    -- the row as a spreadsheet shows it: the header is row 1
    file_row    integer       not null,
    position    integer       not null,
    column_name varchar(300),
    field       varchar(50),
    message     varchar(1000) not null,
    primary key (job_id, file_row, position)
);
