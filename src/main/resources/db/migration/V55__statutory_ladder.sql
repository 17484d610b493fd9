-- The statutory ladder (bpmn/formal-support.bpmn): support first, then formal. One ladder per request on a
-- case; each rung reached (a contract, a notice to improve, a penalty notice request, a referral for legal
-- action) is a row with the letter the family was sent, written by the process's worker once per job.
create table ladder (
    id            uuid         primary key,
    case_id       uuid         not null references pupil_case (id),
    pupil_id      uuid         not null references pupil (id),
    school_id     uuid         not null references school (id),
    started_by    varchar(254) not null,
    started_from  varchar(20)  not null,
    started_at    timestamptz  not null default now(),
    rung          varchar(30)  not null default 'STARTED',
    rung_since    timestamptz  not null default now(),
    ended_at      timestamptz,
    outcome       varchar(30),
    constraint ladder_started_from_known check (started_from in ('CASE', 'THRESHOLD')),
    constraint ladder_rung_known check (rung in ('STARTED', 'CONTRACT', 'CONTRACT_REFUSED', 'EARLY_HELP',
        'NOTICE_TO_IMPROVE', 'PENALTY_NOTICE', 'LEGAL_REFERRAL')),
    constraint ladder_ended_with_outcome check ((ended_at is null) = (outcome is null))
);
-- one ladder climbing at a time per case
create unique index ladder_one_open_per_case on ladder (case_id) where ended_at is null;
-- the local authority's overview: open ladders per school per rung
create index ladder_open_by_school on ladder (school_id, rung) where ended_at is null;

create table ladder_rung (
    id                 uuid         primary key,
    ladder_id          uuid         not null references ladder (id),
    job_key            bigint       not null unique,
    rung               varchar(30)  not null,
    -- no foreign key: a contacts file replaces contacts, and the notice must outlive that
    parent_contact_id  uuid,
    summary            text         not null,
    letter             text         not null,
    amount_pounds      integer,
    recorded_on        date         not null,
    recorded_at        timestamptz  not null default now(),
    constraint ladder_rung_known check (rung in ('CONTRACT', 'CONTRACT_REFUSED', 'EARLY_HELP',
        'NOTICE_TO_IMPROVE', 'PENALTY_NOTICE', 'LEGAL_REFERRAL')),
    constraint ladder_penalty_notice_names_parent check (rung <> 'PENALTY_NOTICE' or parent_contact_id is not null)
);
create index ladder_rung_of_ladder on ladder_rung (ladder_id, recorded_at);
-- the national framework's count: penalty notices to one parent (for one pupil, through the ladder)
create index ladder_rung_penalty_notices on ladder_rung (parent_contact_id, recorded_on) where rung = 'PENALTY_NOTICE';

-- Early Help asked for from the ladder is a referral like any other, with its own origin
alter table referral drop constraint referral_origin_known;
alter table referral add constraint referral_origin_known check (origin in ('PLAN', 'JOURNEY', 'BY_HAND', 'LADDER'));
