create table pupil (
    id                uuid primary key,
    school_id         uuid         not null references school (id),
    upn               varchar(13)  not null unique,
    first_name        varchar(100) not null,
    last_name         varchar(100) not null,
    date_of_birth     date         not null,
    year_group        integer      not null,
    sen_status        varchar(20)  not null,
    key_adult_user_id uuid references app_user (id),
    created_at        timestamptz  not null default now(),
    constraint pupil_year_group check (year_group between 7 and 13),
    constraint pupil_sen_status check (sen_status in ('NONE', 'SEN_SUPPORT', 'EHC_PLAN'))
);
-- the pupil list is always one school's, searched by name and sorted by surname
create index pupil_school_name_idx on pupil (school_id, lower(last_name), lower(first_name), id);

create table weekly_attendance (
    id                   uuid primary key,
    pupil_id             uuid     not null references pupil (id) on delete cascade,
    week_starting        date     not null,
    sessions_possible    smallint not null,
    present              smallint not null,
    authorised_absence   smallint not null,
    unauthorised_absence smallint not null,
    late                 smallint not null,
    -- optional per-session marks Mon AM..Fri PM ('/' present, 'L' late, 'A' authorised, 'U' unauthorised, '-' no session)
    session_marks        varchar(10),
    updated_at           timestamptz not null default now(),
    constraint weekly_attendance_one_row_a_week unique (pupil_id, week_starting),
    constraint weekly_attendance_monday check (extract(isodow from week_starting) = 1),
    constraint weekly_attendance_counts check (
        sessions_possible between 0 and 10
        and present >= 0 and authorised_absence >= 0 and unauthorised_absence >= 0 and late >= 0
        and present + authorised_absence + unauthorised_absence = sessions_possible
        and late <= present),
    constraint weekly_attendance_marks check (session_marks is null or session_marks ~ '^[/LAU-]{10}$')
);
