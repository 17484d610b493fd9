-- The stepped support plan of a case (one per case): its stage, goal, graded steps, reviews and
-- part-time timetables, recorded as the plan's process and its people move on.
create table support_plan (
    case_id               uuid primary key references pupil_case (id) on delete cascade,
    school_id             uuid         not null references school (id),
    pupil_id              uuid         not null references pupil (id),
    state                 varchar(20)  not null default 'GATHERING_VIEWS',
    lead_champion         varchar(120),
    key_adult             varchar(120),
    review_every          varchar(40)  not null,           -- ISO-8601 duration, as the process holds it
    overall_goal          text,
    parent_contact        varchar(20),                      -- a relationship code (MOTHER, ...), never a name
    contact_arrangements  text,
    current_step          int,                              -- the process's stepIndex of the current step
    next_review_due       timestamptz,
    started_at            timestamptz  not null default now(),
    closed_at             timestamptz,
    follow_up_on          date,
    follow_up_sustained   boolean,                          -- the latest follow-up check's answer
    -- Which step a review was about, whichever of the review's record and the worker that ends the step
    -- comes first (they race): the worker leaves the step it ended for the review, or the review says it
    -- already took the current step.
    ended_step_unreviewed int,
    review_before_step_ended boolean not null default false,
    constraint support_plan_state_known check (state in (
        'GATHERING_VIEWS', 'AGREEING_STEPS', 'WORKING_ON_STEPS', 'CLOSED_FOLLOWING_UP', 'SUSTAINED'))
);
-- Leaders' dashboard: reviews falling due, by school, soonest first
create index support_plan_reviews_due_idx on support_plan (school_id, next_review_due)
    where state = 'WORKING_ON_STEPS';
-- Follow-up checks coming up, by school
create index support_plan_follow_up_idx on support_plan (school_id, follow_up_on)
    where state = 'CLOSED_FOLLOWING_UP';

-- The steps in the order shown (position, replaced ones included); plan_index is the step's index in
-- the process's steps list while it is part of the plan (null once replaced).
create table plan_step (
    id          uuid primary key,
    case_id     uuid         not null references support_plan (case_id) on delete cascade,
    position    int          not null,
    plan_index  int,
    description varchar(300) not null,
    adjustments text[]       not null default '{}',
    other_adjustment varchar(300),
    state       varchar(10)  not null default 'PLANNED',
    again       boolean      not null default false,        -- worked on again after attendance fell
    started_on  date,
    ended_on    date,
    constraint plan_step_state_known check (state in ('PLANNED', 'CURRENT', 'ACHIEVED', 'REPLACED'))
);
-- not unique: splitting a step renumbers the later ones in one statement
create index plan_step_case_idx on plan_step (case_id, position);

-- Each review of the current step, newest first on the case page (paged).
create table plan_review (
    task_id          uuid primary key,                      -- the inbox task: a redelivered event records once
    case_id          uuid         not null references support_plan (case_id) on delete cascade,
    reviewed_at      timestamptz  not null,
    reviewed_by      varchar(120) not null,
    step_description varchar(300),
    outcome          varchar(20)  not null,
    agency_type      varchar(40),
    notes            text,
    constraint plan_review_outcome_known check (outcome in ('achieved', 'stalled', 'stalledAgain', 'allAchieved'))
);
create index plan_review_case_idx on plan_review (case_id, reviewed_at desc, task_id);

-- Part-time timetables: exceptional, at most six weeks, agreed with the parents, signed off by a leader.
create table part_time_timetable (
    id                uuid primary key,
    case_id           uuid         not null references support_plan (case_id) on delete cascade,
    school_id         uuid         not null references school (id),
    state             varchar(20)  not null default 'PROPOSED',
    proposed_by       varchar(120),
    proposed_at       timestamptz  not null default now(),
    reason            text,
    reduced_day       text,
    start_date        date,
    end_date          date,
    parental_agreement boolean,
    recorded_by       varchar(120),
    decision_notes    text,
    signed_off_by     varchar(120),
    signed_off_at     timestamptz,
    review_outcome    varchar(20),
    review_notes      text,
    reviewed_by       varchar(120),
    reviewed_at       timestamptz,
    expiry_action     varchar(20),
    expiry_notes      text,
    constraint part_time_state_known check (state in ('PROPOSED', 'AWAITING_SIGN_OFF', 'APPROVED', 'REFUSED',
        'REVIEWED')),
    constraint part_time_at_most_six_weeks check (end_date is null or (end_date >= start_date
        and end_date <= start_date + 42))
);
create index part_time_case_idx on part_time_timetable (case_id, proposed_at desc, id);
-- Leaders' dashboard: part-time timetables running or about to end, by school and end date
create index part_time_running_idx on part_time_timetable (school_id, end_date) where state = 'APPROVED';
-- One proposal in progress per case (the process keeps one proposal's answers at a time)
create unique index part_time_one_open_idx on part_time_timetable (case_id)
    where state in ('PROPOSED', 'AWAITING_SIGN_OFF', 'APPROVED');

-- What a worker's job or a completed step has already done to a plan: delivered twice, applied once.
create table plan_change (
    source_key varchar(200) primary key,
    case_id    uuid        not null references support_plan (case_id) on delete cascade,
    applied_at timestamptz not null default now()
);
