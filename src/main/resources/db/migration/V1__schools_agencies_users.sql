-- Schools, their calendars, agencies and the people who use Rejoin.

create table school (
    id              uuid primary key,
    urn             varchar(6)   not null unique,
    name            varchar(200) not null,
    local_authority varchar(100) not null,
    created_at      timestamptz  not null default now()
);

-- Terms bound the days a school is open; bank holidays and closure days are subtracted.
create table school_term (
    id        uuid primary key,
    school_id uuid        not null references school (id) on delete cascade,
    name      varchar(60) not null,
    starts_on date        not null,
    ends_on   date        not null,
    constraint school_term_dates check (ends_on >= starts_on)
);
create index school_term_school_idx on school_term (school_id, starts_on);

create table bank_holiday (
    holiday_date date primary key,
    name         varchar(100) not null
);

-- INSET days and half-term breaks inside a term.
create table school_closure (
    id        uuid primary key,
    school_id uuid         not null references school (id) on delete cascade,
    starts_on date         not null,
    ends_on   date         not null,
    reason    varchar(100) not null,
    constraint school_closure_dates check (ends_on >= starts_on)
);
create index school_closure_school_idx on school_closure (school_id, starts_on);

create table agency (
    id              uuid primary key,
    name            varchar(200) not null,
    agency_type     varchar(40)  not null,
    local_authority varchar(100) not null,
    constraint agency_type_known check (agency_type in (
        'EARLY_HELP', 'MENTAL_HEALTH_SUPPORT', 'EDUCATION_INCLUSION', 'ATTENDANCE_IMPROVEMENT',
        'SEND_ADVISORY', 'EDUCATIONAL_PSYCHOLOGY'))
);

create table app_user (
    id            uuid primary key,
    username      varchar(120) not null,
    display_name  varchar(120) not null,
    job_title     varchar(80),
    password_hash varchar(100) not null,
    role          varchar(30)  not null,
    school_id     uuid references school (id),
    agency_id     uuid references agency (id),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    constraint app_user_role_known check (role in ('ATTENDANCE_CHAMPION', 'SCHOOL_STAFF', 'PARTNER', 'LEADER', 'ADMIN')),
    -- school staff belong to a school, partners to an agency, admins to neither
    constraint app_user_affiliation check (
        (role in ('ATTENDANCE_CHAMPION', 'SCHOOL_STAFF', 'LEADER') and school_id is not null and agency_id is null)
        or (role = 'PARTNER' and agency_id is not null and school_id is null)
        or (role = 'ADMIN' and school_id is null and agency_id is null))
);
create unique index app_user_username_idx on app_user (lower(username));
create index app_user_school_idx on app_user (school_id, display_name) where school_id is not null;
create index app_user_agency_idx on app_user (agency_id, display_name) where agency_id is not null;
