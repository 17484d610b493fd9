-- One row per attendance file a champion or leader uploaded, whether it was imported or rejected.
create table attendance_import (
    id              uuid primary key,
    school_id       uuid         not null references school (id),
    imported_by     uuid         not null references app_user (id),
    imported_at     timestamptz  not null default now(),
    file_name       varchar(255) not null,
    rows_read       integer      not null,
    rows_imported   integer      not null,
    pupils_affected integer      not null,
    first_week      date,
    last_week       date,
    status          varchar(10)  not null,
    error_count     integer      not null,
    constraint attendance_import_status check (status in ('SUCCEEDED', 'REJECTED')),
    constraint attendance_import_weeks check (first_week is null or last_week >= first_week)
);
-- "last imports of my school", newest first
create index attendance_import_school_idx on attendance_import (school_id, imported_at desc);
