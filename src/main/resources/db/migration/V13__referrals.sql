-- Multi-agency referrals: one row per referral (its id is the process's correlation key), from the
-- school asking (REQUESTED) to the agency's answer and outcome. Partners reach a row only once it is
-- sent to their agency; school staff through the case.
create table referral (
    id                   uuid primary key,
    case_id              uuid         not null references pupil_case (id),
    pupil_id             uuid         not null references pupil (id),
    school_id            uuid         not null references school (id),
    agency_type          varchar(40)  not null,
    agency_id            uuid references agency (id),
    origin               varchar(20)  not null,
    lead_champion        varchar(120),
    requested_by         varchar(120),
    context              text,
    status               varchar(12)  not null default 'REQUESTED',
    reason               text,
    tried_so_far         text,
    parental_consent     boolean,
    safeguarding_reason  text,
    decline_reason       text,
    recommendations      text,
    process_instance_key bigint,
    requested_at         timestamptz  not null default now(),
    sent_at              timestamptz,
    reminded_at          timestamptz,
    accept_deadline      timestamptz,
    escalated_at         timestamptz,
    decided_at           timestamptz,
    completed_at         timestamptz,
    constraint referral_agency_type_known check (agency_type in (
        'EARLY_HELP', 'MENTAL_HEALTH_SUPPORT', 'EDUCATION_INCLUSION', 'ATTENDANCE_IMPROVEMENT',
        'SEND_ADVISORY', 'EDUCATIONAL_PSYCHOLOGY')),
    constraint referral_origin_known check (origin in ('PLAN', 'JOURNEY', 'BY_HAND')),
    constraint referral_status_known check (status in ('REQUESTED', 'SENT', 'ACCEPTED', 'DECLINED', 'COMPLETED')),
    -- once it has left the school it has an agency and a sending date
    constraint referral_sent_to_agency check (status = 'REQUESTED' or (agency_id is not null and sent_at is not null))
);
-- A partner's list: their agency's referrals, newest received first, all or of one status
create index referral_agency_status_idx on referral (agency_id, status, sent_at desc, id) where agency_id is not null;
create index referral_agency_sent_idx on referral (agency_id, sent_at desc, id) where agency_id is not null;
-- The case page's referrals, and "is one to this agency type already under way?"
create index referral_case_idx on referral (case_id, requested_at desc, id);
-- A school's referrals by status (leaders' overview)
create index referral_school_status_idx on referral (school_id, status, requested_at desc);

-- The referral's own timeline, which partners may see (the case chronology they may not).
-- source_key makes writers idempotent: a job delivered twice records once.
create table referral_event (
    id          bigint generated always as identity primary key,
    referral_id uuid         not null references referral (id) on delete cascade,
    happened_at timestamptz  not null default now(),
    what        varchar(500) not null,
    by_whom     varchar(120),
    source_key  varchar(200) not null unique
);
create index referral_event_referral_idx on referral_event (referral_id, happened_at, id);
