-- The post-close review (复盘) of a won or lost opportunity: what worked, what did not, the lessons,
-- and why it was won or lost, as a category for reports (PRICE, PRODUCT_FIT, RELATIONSHIP, TIMING,
-- COMPETITOR, OTHER) and in words. One review per opportunity, changed with its version.
create sequence sales_deal_review_seq start with 1 increment by 50;

create table sales_deal_review (
    id              bigint        primary key,
    opportunity_id  bigint        not null references sales_opportunity (id),
    outcome         varchar(10)   not null,
    reason_category varchar(20)   not null,
    reason          varchar(500),
    what_worked     varchar(4000),
    what_did_not    varchar(4000),
    lessons         varchar(4000),
    reviewed_by     bigint        references platform_user (id),
    version         bigint        not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint sales_deal_review_opportunity_uq unique (opportunity_id)
);
-- win/loss analysis groups reviews by outcome and reason
create index sales_deal_review_reason_idx on sales_deal_review (outcome, reason_category);
