-- The task inbox: one row per human step (a job-worker user task in Zeebe), keyed by the job key.
create table task (
    id                     uuid primary key,
    job_key                bigint       not null,
    process_instance_key   bigint       not null,
    process_definition_key bigint       not null,
    process_id             varchar(200) not null,
    element_id             varchar(200) not null,
    element_name           varchar(500) not null,
    guidance               text,
    case_id                uuid,
    pupil_id               uuid,
    school_id              uuid,
    agency_id              uuid,
    -- as the BPMN gave them; the scoped names used for matching live in task_candidate_group
    candidate_groups       text[]       not null default '{}',
    candidate_users        text[]       not null default '{}',
    assignee               varchar(120),
    due_date               timestamptz,
    follow_up_date         timestamptz,
    priority               integer      not null default 50,
    form_id                varchar(200),
    form_key               varchar(200),
    -- the process variables the job carried when it was (last) activated: form prefill, display
    variables              jsonb        not null default '{}',
    state                  varchar(12)  not null default 'OPEN',
    created_at             timestamptz  not null default now(),
    job_deadline           timestamptz,
    checked_at             timestamptz,
    completed_by           varchar(120),
    completed_at           timestamptz,
    version                bigint       not null default 0,
    constraint task_state_known check (state in ('OPEN', 'COMPLETED', 'CANCELLED')),
    constraint task_priority_range check (priority between 0 and 100),
    constraint task_completion check ((state = 'COMPLETED') = (completed_at is not null))
);
-- Zeebe delivers at least once: a re-activated job must find its row
create unique index task_job_key_idx on task (job_key);

-- My tasks: first page by due date
create index task_open_assignee_idx on task (assignee, due_date, id) where state = 'OPEN';
-- A school's (a leader's) and an agency's open tasks by due date
create index task_open_school_idx on task (school_id, due_date, id) where state = 'OPEN';
create index task_open_agency_idx on task (agency_id, due_date, id) where state = 'OPEN';
-- Completed by me, newest first
create index task_completed_by_idx on task (completed_by, completed_at desc) where state = 'COMPLETED';
-- The reconciler walks open tasks, least recently checked first
create index task_open_checked_idx on task (checked_at nulls first, id) where state = 'OPEN';
create index task_process_instance_idx on task (process_instance_key);

-- Who may claim an OPEN task, one row per scoped candidate group ('school:<id>:ATTENDANCE_CHAMPION',
-- 'agency:<id>:PARTNER') or candidate user ('user:<username>'). Rows exist only while the task is
-- open, and carry its due date, so "My groups' tasks" is one index range per group, already sorted.
create table task_candidate_group (
    task_id    uuid         not null references task (id) on delete cascade,
    group_name varchar(300) not null,
    due_date   timestamptz,
    primary key (task_id, group_name)
);
create index task_candidate_group_due_idx on task_candidate_group (group_name, due_date, task_id);
