-- Notifications are shown in the reader's language: store a message key and its arguments (JSON), not
-- a sentence rendered in the writer's. Nothing wrote to the table before this change, so the rendered
-- columns go. source_ref names what the notification is about, so that an event delivered twice
-- notifies once.
alter table platform_notification drop column title;
alter table platform_notification drop column body;
alter table platform_notification add column message_key varchar(150) not null;
alter table platform_notification add column message_args varchar(4000) not null;
alter table platform_notification add column source_ref varchar(200) not null;
create unique index platform_notification_source_uk on platform_notification (user_id, kind, source_ref);
-- the list, newest first (keyset on created_at, id); the unread count uses (user_id, read_at, id)
create index platform_notification_list_idx on platform_notification (user_id, created_at, id);
