-- Inbox filters saved by name, per user, so they follow the user to any device.
create table saved_task_filter (
    id              uuid primary key,
    username        varchar(120) not null,
    name            varchar(80)  not null,
    list            varchar(20)  not null,
    pupil           varchar(100),
    step            varchar(200),
    due_within_days integer,
    saved_at        timestamptz  not null default now(),
    constraint saved_task_filter_list check (list in ('MINE', 'GROUPS', 'OVERDUE', 'COMPLETED')),
    constraint saved_task_filter_due check (due_within_days is null or due_within_days between 0 and 365)
);
create unique index saved_task_filter_name_idx on saved_task_filter (lower(username), lower(name));
