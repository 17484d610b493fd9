-- Targeting support meetings: the termly meeting of a school and its local authority about the pupils at or
-- below 90% and 50% attendance. What the meeting agrees is carried to the next meeting until a later meeting
-- marks it done or dropped, so each action keeps the meeting that agreed it and the one that closed it.

create table targeting_meeting (
    id          uuid primary key,
    school_id   uuid          not null references school (id),
    held_on     date          not null,
    attendees   varchar(2000) not null,
    notes       text,
    recorded_by varchar(120)  not null,
    recorded_at timestamptz   not null default now(),
    -- one meeting a day per school: a second submission of the same meeting is refused, not duplicated;
    -- the index also lists a school's meetings newest first
    constraint targeting_meeting_one_a_day unique (school_id, held_on)
);

create table targeting_action (
    id               uuid primary key,
    school_id        uuid          not null references school (id),
    agreed_at        uuid          not null references targeting_meeting (id),
    position         smallint      not null,
    action           varchar(1000) not null,
    responsible      varchar(20)   not null,
    responsible_name varchar(120),
    due_on           date,
    status           varchar(10)   not null default 'OPEN',
    closed_at        uuid references targeting_meeting (id),
    closing_note     varchar(1000),
    constraint targeting_action_responsible_known check (responsible in ('SCHOOL', 'LOCAL_AUTHORITY')),
    constraint targeting_action_status_known check (status in ('OPEN', 'DONE', 'DROPPED')),
    constraint targeting_action_closed check ((status = 'OPEN') = (closed_at is null)),
    constraint targeting_action_closed_later check (closed_at is null or closed_at <> agreed_at)
);
-- the pack: a school's actions still open, soonest due first
create index targeting_action_open_idx on targeting_action (school_id, due_on, id) where status = 'OPEN';
-- a past meeting: what it agreed and what it closed
create index targeting_action_agreed_idx on targeting_action (agreed_at, position);
create index targeting_action_closed_at_idx on targeting_action (closed_at) where closed_at is not null;
