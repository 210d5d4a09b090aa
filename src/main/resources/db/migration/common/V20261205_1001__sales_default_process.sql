-- The default sales process, modelled on the source articles: registration → needs → solution →
-- bidding → negotiation → contract → won and review. Stage and task codes give the translations
-- (sales.stage.<code>, sales.task.<code>); an admin may rename, reorder or replace them.
insert into sales_process (id, name, description, product_line, segment, is_default, active, version, created_at, updated_at)
values (nextval('sales_process_seq'), 'Standard sales process', 'Registration, needs, solution, bidding, negotiation, contract, review.',
        null, null, true, true, 0, current_timestamp, current_timestamp);

insert into sales_stage (id, process_id, position, code, name, probability, outcome, guidance)
values (nextval('sales_stage_seq'), (select id from sales_process where is_default), 1, 'REGISTRATION', 'Registration', 10, 'OPEN', 'Register the deal so that nobody else at the company chases it, and name the people you met.');
insert into sales_stage_task (id, stage_id, position, code, name, required)
values (nextval('sales_stage_task_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'REGISTRATION'), 1, 'REGISTER', 'Register the opportunity', true);
insert into sales_stage_task (id, stage_id, position, code, name, required)
values (nextval('sales_stage_task_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'REGISTRATION'), 2, 'IDENTIFY_CONTACTS', 'Identify the customer''s contacts', true);
insert into sales_stage_gate (id, stage_id, kind, field, document_kind)
values (nextval('sales_stage_gate_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'REGISTRATION'), 'FIELD', 'CONTACT', null);

insert into sales_stage (id, process_id, position, code, name, probability, outcome, guidance)
values (nextval('sales_stage_seq'), (select id from sales_process where is_default), 2, 'NEEDS', 'Needs', 20, 'OPEN', 'Understand what the customer needs, why now, and how big it is; decide whether we fit.');
insert into sales_stage_task (id, stage_id, position, code, name, required)
values (nextval('sales_stage_task_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'NEEDS'), 1, 'CLARIFY_NEEDS', 'Clarify the needs', true);
insert into sales_stage_task (id, stage_id, position, code, name, required)
values (nextval('sales_stage_task_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'NEEDS'), 2, 'BACKGROUND', 'Research the background', true);
insert into sales_stage_task (id, stage_id, position, code, name, required)
values (nextval('sales_stage_task_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'NEEDS'), 3, 'EXPECTED_SCALE', 'Estimate the expected scale', true);
insert into sales_stage_task (id, stage_id, position, code, name, required)
values (nextval('sales_stage_task_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'NEEDS'), 4, 'FIT_ASSESSMENT', 'Assess the fit (需求匹配度)', true);
insert into sales_stage_gate (id, stage_id, kind, field, document_kind)
values (nextval('sales_stage_gate_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'NEEDS'), 'FIELD', 'AMOUNT', null);
insert into sales_stage_gate (id, stage_id, kind, field, document_kind)
values (nextval('sales_stage_gate_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'NEEDS'), 'FIELD', 'CLOSE_DATE', null);

insert into sales_stage (id, process_id, position, code, name, probability, outcome, guidance)
values (nextval('sales_stage_seq'), (select id from sales_process where is_default), 3, 'SOLUTION', 'Solution', 40, 'OPEN', 'Present a solution to the decision makers and agree on a pricing strategy.');
insert into sales_stage_task (id, stage_id, position, code, name, required)
values (nextval('sales_stage_task_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'SOLUTION'), 1, 'SOLUTION_PRESENTATION', 'Present the solution', true);
insert into sales_stage_task (id, stage_id, position, code, name, required)
values (nextval('sales_stage_task_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'SOLUTION'), 2, 'SOLUTION_DOCUMENTS', 'Prepare the solution documents', false);
insert into sales_stage_task (id, stage_id, position, code, name, required)
values (nextval('sales_stage_task_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'SOLUTION'), 3, 'PRICING_STRATEGY', 'Decide the pricing strategy', true);
insert into sales_stage_gate (id, stage_id, kind, field, document_kind)
values (nextval('sales_stage_gate_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'SOLUTION'), 'FIELD', 'DECISION_MAKER', null);
insert into sales_stage_gate (id, stage_id, kind, field, document_kind)
values (nextval('sales_stage_gate_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'SOLUTION'), 'DOCUMENT', null, 'PROPOSAL');

insert into sales_stage (id, process_id, position, code, name, probability, outcome, guidance)
values (nextval('sales_stage_seq'), (select id from sales_process where is_default), 4, 'BIDDING', 'Bidding', 60, 'OPEN', 'Prepare the bid (招投标): know the competitors, their strengths and weaknesses, and attach the bid documents.');
insert into sales_stage_task (id, stage_id, position, code, name, required)
values (nextval('sales_stage_task_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'BIDDING'), 1, 'COMPETITOR_ANALYSIS', 'Analyse the competitors', true);
insert into sales_stage_task (id, stage_id, position, code, name, required)
values (nextval('sales_stage_task_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'BIDDING'), 2, 'BID_PREPARATION', 'Prepare the bid', true);
insert into sales_stage_gate (id, stage_id, kind, field, document_kind)
values (nextval('sales_stage_gate_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'BIDDING'), 'FIELD', 'COMPETITOR', null);
insert into sales_stage_gate (id, stage_id, kind, field, document_kind)
values (nextval('sales_stage_gate_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'BIDDING'), 'DOCUMENT', null, 'BID');

insert into sales_stage (id, process_id, position, code, name, probability, outcome, guidance)
values (nextval('sales_stage_seq'), (select id from sales_process where is_default), 5, 'NEGOTIATION', 'Negotiation', 75, 'OPEN', 'Negotiate the terms; a manager approves the final terms before the contract.');
insert into sales_stage_task (id, stage_id, position, code, name, required)
values (nextval('sales_stage_task_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'NEGOTIATION'), 1, 'NEGOTIATE_TERMS', 'Negotiate the terms', true);
insert into sales_stage_task (id, stage_id, position, code, name, required)
values (nextval('sales_stage_task_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'NEGOTIATION'), 2, 'CONFIRM_PRICING', 'Confirm the price', false);
insert into sales_stage_gate (id, stage_id, kind, field, document_kind)
values (nextval('sales_stage_gate_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'NEGOTIATION'), 'APPROVAL', null, null);

insert into sales_stage (id, process_id, position, code, name, probability, outcome, guidance)
values (nextval('sales_stage_seq'), (select id from sales_process where is_default), 6, 'CONTRACT', 'Contract', 90, 'OPEN', 'Sign the contract and attach it.');
insert into sales_stage_task (id, stage_id, position, code, name, required)
values (nextval('sales_stage_task_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'CONTRACT'), 1, 'SIGN_CONTRACT', 'Sign the contract', true);
insert into sales_stage_gate (id, stage_id, kind, field, document_kind)
values (nextval('sales_stage_gate_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'CONTRACT'), 'DOCUMENT', null, 'CONTRACT');

insert into sales_stage (id, process_id, position, code, name, probability, outcome, guidance)
values (nextval('sales_stage_seq'), (select id from sales_process where is_default), 7, 'REVIEW', 'Won · review', 100, 'WON', 'The deal is won. Hold the post-close review (复盘): what worked, what did not, what to repeat.');
insert into sales_stage_task (id, stage_id, position, code, name, required)
values (nextval('sales_stage_task_seq'), (select s.id from sales_stage s where s.process_id = (select id from sales_process where is_default) and s.code = 'REVIEW'), 1, 'POST_CLOSE_REVIEW', 'Hold the post-close review', false);
