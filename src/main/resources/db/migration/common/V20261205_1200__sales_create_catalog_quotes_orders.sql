-- The product catalogue and price books, quotes (报价) with their lines and discount approval,
-- contracts (合同) and orders (订单) with their lines: the account's purchase history.
-- Quote and order lines keep the product's code, name and unit as they were, so that a document
-- reads the same after the catalogue changes. opportunity_id gets its reference once the
-- opportunities table exists.

create sequence sales_product_seq start with 1 increment by 50;

create table sales_product (
    id           bigint        primary key,
    code         varchar(40)   not null,
    name         varchar(200)  not null,
    product_line varchar(100),
    unit         varchar(30)   not null,
    description  varchar(2000),
    active       boolean       not null,
    version      bigint        not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    constraint sales_product_code_uk unique (code)
);
create index sales_product_name_idx on sales_product (name);

-- One price book is the standard; others serve a segment, a channel or a currency.
create sequence sales_price_book_seq start with 1 increment by 50;

create table sales_price_book (
    id          bigint        primary key,
    name        varchar(100)  not null,
    currency    varchar(3)    not null,
    standard    boolean       not null,
    description varchar(500),
    active      boolean       not null,
    version     bigint        not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint sales_price_book_name_uk unique (name)
);

create sequence sales_price_entry_seq start with 1 increment by 50;

create table sales_price_entry (
    id            bigint         primary key,
    price_book_id bigint         not null references sales_price_book (id),
    product_id    bigint         not null references sales_product (id),
    unit_price    numeric(19, 2) not null,
    version       bigint         not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    constraint sales_price_entry_uk unique (price_book_id, product_id),
    constraint sales_price_entry_price_ck check (unit_price >= 0)
);
create index sales_price_entry_product_idx on sales_price_entry (product_id);

-- total and max_discount are kept with the quote (computed from its lines when they change) so
-- that lists and the approval gate need no lines.
create sequence sales_quote_seq start with 1 increment by 50;

create table sales_quote (
    id               bigint         primary key,
    number           varchar(30)    not null,
    account_id       bigint         not null references customer_account (id),
    opportunity_id   bigint,
    owner_id         bigint         not null references platform_user (id),
    title            varchar(200)   not null,
    price_book_id    bigint         not null references sales_price_book (id),
    currency         varchar(3)     not null,
    valid_until      date           not null,
    status           varchar(20)    not null,
    discount_percent numeric(5, 2)  not null,
    subtotal         numeric(19, 2) not null,
    total            numeric(19, 2) not null,
    max_discount     numeric(5, 2)  not null,
    note             varchar(2000),
    submitted_at     timestamp with time zone,
    decided_by       bigint         references platform_user (id),
    decided_at       timestamp with time zone,
    decision_note    varchar(1000),
    sent_at          timestamp with time zone,
    version          bigint         not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint sales_quote_number_uk unique (number),
    constraint sales_quote_discount_ck check (discount_percent >= 0 and discount_percent <= 100)
);
create index sales_quote_account_idx on sales_quote (account_id, created_at);
create index sales_quote_owner_idx on sales_quote (owner_id, status, created_at);
create index sales_quote_status_idx on sales_quote (status, created_at);
create index sales_quote_opportunity_idx on sales_quote (opportunity_id);

create table sales_quote_line (
    quote_id         bigint         not null references sales_quote (id),
    line_no          integer        not null,
    product_id       bigint         not null references sales_product (id),
    product_code     varchar(40)    not null,
    product_name     varchar(200)   not null,
    unit             varchar(30)    not null,
    quantity         numeric(12, 2) not null,
    list_price       numeric(19, 2) not null,
    discount_percent numeric(5, 2)  not null,
    net_price        numeric(19, 2) not null,
    line_total       numeric(19, 2) not null,
    primary key (quote_id, line_no),
    constraint sales_quote_line_quantity_ck check (quantity > 0),
    constraint sales_quote_line_discount_ck check (discount_percent >= 0 and discount_percent <= 100)
);
create index sales_quote_line_product_idx on sales_quote_line (product_id);

create sequence sales_contract_seq start with 1 increment by 50;

create table sales_contract (
    id             bigint         primary key,
    number         varchar(40)    not null,
    account_id     bigint         not null references customer_account (id),
    opportunity_id bigint,
    quote_id       bigint         references sales_quote (id),
    owner_id       bigint         not null references platform_user (id),
    title          varchar(200)   not null,
    start_date     date           not null,
    end_date       date,
    contract_value numeric(19, 2) not null,
    currency       varchar(3)     not null,
    status         varchar(20)    not null,
    signed_on      date,
    terminated_on  date,
    note           varchar(2000),
    version        bigint         not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    constraint sales_contract_number_uk unique (number),
    constraint sales_contract_period_ck check (end_date is null or end_date >= start_date),
    constraint sales_contract_value_ck check (contract_value >= 0)
);
create index sales_contract_account_idx on sales_contract (account_id, start_date);
create index sales_contract_owner_idx on sales_contract (owner_id, status);
create index sales_contract_expiry_idx on sales_contract (status, end_date);
create index sales_contract_quote_idx on sales_contract (quote_id);
create index sales_contract_opportunity_idx on sales_contract (opportunity_id);

-- An accepted quote becomes at most one order (quote_id is unique; many orders have none). The
-- price book gives the default unit price of a new line; a line may be sold at another price.
create sequence sales_order_seq start with 1 increment by 50;

create table sales_order (
    id               bigint         primary key,
    number           varchar(30)    not null,
    account_id       bigint         not null references customer_account (id),
    opportunity_id   bigint,
    contract_id      bigint         references sales_contract (id),
    quote_id         bigint         references sales_quote (id),
    owner_id         bigint         not null references platform_user (id),
    price_book_id    bigint         references sales_price_book (id),
    ordered_on       date           not null,
    status           varchar(20)    not null,
    currency         varchar(3)     not null,
    discount_percent numeric(5, 2)  not null,
    subtotal         numeric(19, 2) not null,
    total            numeric(19, 2) not null,
    note             varchar(2000),
    version          bigint         not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    constraint sales_order_number_uk unique (number),
    constraint sales_order_quote_uk unique (quote_id),
    constraint sales_order_discount_ck check (discount_percent >= 0 and discount_percent <= 100)
);
create index sales_order_account_idx on sales_order (account_id, ordered_on);
create index sales_order_owner_idx on sales_order (owner_id, ordered_on);
create index sales_order_contract_idx on sales_order (contract_id);
create index sales_order_opportunity_idx on sales_order (opportunity_id);

create table sales_order_line (
    order_id     bigint         not null references sales_order (id),
    line_no      integer        not null,
    product_id   bigint         not null references sales_product (id),
    product_code varchar(40)    not null,
    product_name varchar(200)   not null,
    unit         varchar(30)    not null,
    quantity     numeric(12, 2) not null,
    unit_price   numeric(19, 2) not null,
    line_total   numeric(19, 2) not null,
    primary key (order_id, line_no),
    constraint sales_order_line_quantity_ck check (quantity > 0),
    constraint sales_order_line_price_ck check (unit_price >= 0)
);
create index sales_order_line_product_idx on sales_order_line (product_id);
