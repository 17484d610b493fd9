-- Each school's attendance so far this school year, as it stood at the end of every week: recomputed for
-- the school whenever its attendance is recorded, so the overview of a local authority's 200 schools reads
-- a few hundred rows instead of adding up millions of weekly marks. A school year starts in August.

create table school_attendance_week (
    school_id           uuid    not null references school (id) on delete cascade,
    week_starting       date    not null,
    -- pupils with at least one possible session this school year up to this week
    pupils              integer not null,
    persistently_absent integer not null,
    severely_absent     integer not null,
    present             bigint  not null,
    possible            bigint  not null,
    primary key (school_id, week_starting)
);
