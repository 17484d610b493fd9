-- The family page (issue 23): parents and carers with parental responsibility, and where the school decides it
-- suits the pupil, invited by the lead champion to see and co-own the stepped support plan. No accounts: a member
-- signs in with a one-time link emailed to them, of which only a SHA-256 hash is kept.

create table family_member (
    id            uuid primary key,
    case_id       uuid         not null references pupil_case (id) on delete cascade,
    school_id     uuid         not null references school (id),
    contact_id    uuid,                       -- the pupil_contact invited; null for the pupil
    is_pupil      boolean      not null,
    name          varchar(200) not null,
    email         varchar(320) not null,
    invited_by    varchar(120) not null,
    invited_at    timestamptz  not null default now(),
    withdrawn_at  timestamptz,
    withdrawn_by  varchar(120)
);
-- one live invitation per address and case; the case page lists a case's members
create unique index family_member_live_idx on family_member (case_id, lower(email)) where withdrawn_at is null;
-- "send me a new link": the live members of an address
create index family_member_email_idx on family_member (lower(email)) where withdrawn_at is null;

-- One-time sign-in links: single use (used_at), expiring; counted per member per hour for the rate limit.
create table family_link (
    token_hash  char(64)    primary key,
    member_id   uuid        not null references family_member (id) on delete cascade,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index family_link_member_idx on family_link (member_id, created_at desc);

-- What a family says: agreeing the plan, asking for a change, their view (and the pupil's voice) before a review.
-- Written by the family alone; staff read it, nobody edits it (no update path exists).
create table family_word (
    id         uuid primary key,
    case_id    uuid         not null references pupil_case (id) on delete cascade,
    member_id  uuid         not null references family_member (id),
    kind       varchar(20)  not null check (kind in ('AGREED', 'CHANGE', 'PARENT_VIEW', 'PUPIL_VOICE')),
    answers    jsonb        not null,
    given_at   timestamptz  not null default now()
);
create index family_word_case_idx on family_word (case_id, given_at desc, id);
