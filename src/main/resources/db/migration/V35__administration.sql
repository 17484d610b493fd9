-- Onboarding a school without the demo seeder: local authorities, schools and agencies kept by a system
-- administrator; staff accounts invited, deactivated and reactivated (never deleted) by a school administrator.

create table local_authority (
    id         uuid primary key,
    -- the DfE's three-digit local authority number, as in a UPN's characters 2 to 4
    code       varchar(3)   not null unique,
    name       varchar(100) not null,
    created_at timestamptz  not null default now(),
    constraint local_authority_code check (code ~ '^[0-9]{3}$')
);
create unique index local_authority_name_idx on local_authority (lower(name));

alter table school add column phase varchar(20) not null default 'SECONDARY';
alter table school add constraint school_phase check (phase in ('SECONDARY', 'ALL_THROUGH', 'MIDDLE', 'SPECIAL', 'ALTERNATIVE_PROVISION'));
-- staff email addresses are expected under this domain (checked when they are invited)
alter table school add column email_domain varchar(100);

alter table agency add column contact_email varchar(200);

-- A school administrator belongs to one school, like its staff, but reads no cases.
alter table app_user drop constraint app_user_role_known;
alter table app_user add constraint app_user_role_known check (role in
    ('ATTENDANCE_CHAMPION', 'SCHOOL_STAFF', 'PARTNER', 'LEADER', 'LOCAL_AUTHORITY', 'ADMIN', 'SCHOOL_ADMIN'));
alter table app_user drop constraint app_user_affiliation;
alter table app_user add constraint app_user_affiliation check (
    (role in ('ATTENDANCE_CHAMPION', 'SCHOOL_STAFF', 'LEADER', 'SCHOOL_ADMIN') and school_id is not null
        and agency_id is null and local_authority is null)
    or (role = 'PARTNER' and agency_id is not null and school_id is null and local_authority is null)
    or (role = 'LOCAL_AUTHORITY' and local_authority is not null and school_id is null and agency_id is null)
    or (role = 'ADMIN' and school_id is null and agency_id is null and local_authority is null));

-- An invited account has no password of its own until its invitation is used; existing accounts have one.
alter table app_user add column password_set boolean not null default true;
alter table app_user add column deactivated_at timestamptz;

-- One-time links that set an invited person's password. Only a SHA-256 hash of the token is kept, so the
-- table cannot be used to sign in; a new link for the same account withdraws the earlier ones.
create table account_invitation (
    id          uuid primary key,
    user_id     uuid        not null references app_user (id),
    token_hash  varchar(64) not null unique,
    created_by  varchar(120) not null,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz,
    withdrawn   boolean     not null default false
);
create index account_invitation_user_idx on account_invitation (user_id, created_at desc);

-- The roster as the MIS exports it. A pupil who left keeps their record and cases, and drops out of lists
-- and triage from the leaving date.
alter table pupil add column preferred_first_name varchar(100);
alter table pupil add column registration_group varchar(20);
alter table pupil add column if not exists admission_date date;  -- also added by V30 (session registers)
alter table pupil add column if not exists leaving_date date;    -- also added by V30
alter table pupil add column free_school_meals boolean not null default false;
alter table pupil add column english_additional_language boolean not null default false;
