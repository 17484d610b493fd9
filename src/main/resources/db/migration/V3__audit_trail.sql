-- Who did what to whose data: append-only.
create table audit_event (
    id           bigserial primary key,
    occurred_at  timestamptz  not null default now(),
    actor        varchar(120) not null,
    action       varchar(60)  not null,
    subject_type varchar(40),
    subject_id   varchar(60),
    detail       varchar(500)
);
create index audit_event_subject_idx on audit_event (subject_type, subject_id, occurred_at desc);
create index audit_event_actor_idx on audit_event (actor, occurred_at desc);
