-- A person's unfinished answers to a task's form, kept until they submit it (or the task goes away).
create table task_draft (
    task_id  uuid         not null references task (id) on delete cascade,
    username varchar(120) not null,
    values   jsonb        not null,
    saved_at timestamptz  not null default now(),
    primary key (task_id, username)
);
