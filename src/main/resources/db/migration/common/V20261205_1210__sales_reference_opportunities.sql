-- Quotes, contracts and orders may belong to an opportunity; now that opportunities exist, the
-- reference is checked.
alter table sales_quote add constraint sales_quote_opportunity_fk
    foreign key (opportunity_id) references sales_opportunity (id);
alter table sales_contract add constraint sales_contract_opportunity_fk
    foreign key (opportunity_id) references sales_opportunity (id);
alter table sales_order add constraint sales_order_opportunity_fk
    foreign key (opportunity_id) references sales_opportunity (id);
