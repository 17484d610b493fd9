-- Issue 21, item 4: a second factor (TOTP, an authenticator app) for administrators, local authority officers,
-- leaders and designated safeguarding leads who sign in with a password. Kept by the security module.
-- The secret is a credential (whoever holds it can make codes): it never leaves the database except at enrolment.
create table second_factor (
    user_id        uuid primary key references app_user (id) on delete cascade,
    secret         varchar(64)  not null,
    confirmed_at   timestamptz,              -- null while the person is enrolling (the code not yet confirmed)
    last_time_step bigint,                   -- the newest 30-second step a code was accepted for: no replay
    created_at     timestamptz  not null default now()
);

-- Ten recovery codes given once at enrolment, stored only as hashes; each works once.
create table second_factor_recovery_code (
    id        uuid primary key,
    user_id   uuid         not null references app_user (id) on delete cascade,
    code_hash varchar(100) not null,
    used_at   timestamptz
);
create index second_factor_recovery_code_user on second_factor_recovery_code (user_id) where used_at is null;
