-- The case of one pupil: opened from attendance data or by hand, worked through the journey and the plan.
create table pupil_case (
    id                 uuid primary key,
    pupil_id           uuid         not null references pupil (id),
    school_id          uuid         not null references school (id),
    state              varchar(12)  not null default 'OPEN',
    stage              varchar(30)  not null default 'UNDERSTANDING',
    origin             varchar(20)  not null,
    concern_outcome    varchar(20),
    reason             text         not null,
    opened_by          varchar(120) not null,
    opened_at          timestamptz  not null default now(),
    journey_started_at timestamptz,
    lead_champion      varchar(120),
    key_adult          varchar(120),
    closed_at          timestamptz,
    closed_reason      text,
    constraint pupil_case_state_known check (state in ('OPEN', 'CLOSED')),
    constraint pupil_case_stage_known check (stage in ('UNDERSTANDING', 'SUPPORT_PLAN', 'CLOSED')),
    constraint pupil_case_origin_known check (origin in ('ATTENDANCE_DATA', 'BY_HAND')),
    constraint pupil_case_closed check ((state = 'CLOSED') = (closed_at is not null))
);
-- One open concern per pupil: a second "start" finds the open case instead of a duplicate
create unique index pupil_case_one_open_idx on pupil_case (pupil_id) where state = 'OPEN';
create index pupil_case_school_idx on pupil_case (school_id, state, opened_at desc, id);
create index pupil_case_pupil_idx on pupil_case (pupil_id, opened_at desc);

-- The team around the pupil: who may see the case besides the school's champions and leaders.
create table case_member (
    case_id   uuid         not null references pupil_case (id) on delete cascade,
    username  varchar(120) not null,
    team_role varchar(20)  not null,
    added_at  timestamptz  not null default now(),
    primary key (case_id, username, team_role),
    constraint case_member_role_known check (team_role in ('LEAD_CHAMPION', 'KEY_ADULT', 'COLLEAGUE'))
);
create index case_member_username_idx on case_member (username, case_id);

-- The chronology: everything that happened in the case, newest first. source_key makes writers
-- idempotent (a step completed, a job delivered twice, an import recorded once per case).
create table case_entry (
    id          uuid primary key,
    case_id     uuid         not null references pupil_case (id) on delete cascade,
    kind        varchar(20)  not null,
    occurred_at timestamptz  not null default now(),
    actor       varchar(120),
    title       varchar(300) not null,
    body        text,
    details     jsonb,
    source_key  varchar(200),
    constraint case_entry_kind_known check (kind in (
        'CASE', 'TASK', 'NOTE', 'PARENT_CONTACT', 'MEETING', 'DOCUMENT', 'ATTENDANCE', 'ESCALATION', 'SAFEGUARDING'))
);
create unique index case_entry_source_idx on case_entry (source_key) where source_key is not null;
create index case_entry_case_idx on case_entry (case_id, occurred_at desc, id);
create index case_entry_case_kind_idx on case_entry (case_id, kind, occurred_at desc, id);

-- Documents attached to a case, kept with it in PostgreSQL (so backups and access rules cover them).
create table case_document (
    id          uuid primary key,
    case_id     uuid         not null references pupil_case (id) on delete cascade,
    file_name   varchar(255) not null,
    media_type  varchar(100) not null,
    size_bytes  bigint       not null,
    description varchar(500),
    content     bytea        not null,
    uploaded_by varchar(120) not null,
    uploaded_at timestamptz  not null default now(),
    constraint case_document_size check (size_bytes > 0 and size_bytes <= 10485760)
);
create index case_document_case_idx on case_document (case_id, uploaded_at desc, id);

-- The school's designated safeguarding lead(s): who a safeguarding concern goes to at once.
alter table app_user add column safeguarding_lead boolean not null default false;
create index app_user_safeguarding_idx on app_user (school_id) where safeguarding_lead;

-- Spring Modulith's event publication registry (schema of spring-modulith-events-jdbc 1.4):
-- module events are stored with the transaction that raised them and re-delivered until handled.
create table event_publication (
    id               uuid        not null primary key,
    listener_id      text        not null,
    event_type       text        not null,
    serialized_event text        not null,
    publication_date timestamptz not null,
    completion_date  timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
