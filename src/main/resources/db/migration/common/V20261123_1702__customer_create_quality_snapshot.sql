-- The data quality figures of every owner, counted by a scheduled job, so that the quality page of a
-- wide scope (administrators, directors of many people) sums a few hundred rows instead of counting
-- millions of records. figure is records, filled.<field>, invalidPhones, invalidEmails, stale or
-- duplicates; record_type is ACCOUNT or CONTACT.
create table customer_quality_snapshot (
    record_type varchar(20)  not null,
    owner_id    bigint       not null,
    figure      varchar(60)  not null,
    amount      bigint       not null,
    counted_at  timestamp with time zone not null,
    primary key (record_type, owner_id, figure)
);
