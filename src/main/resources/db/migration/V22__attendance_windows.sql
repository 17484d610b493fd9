-- Attendance before and since each case opened, kept as figures that are recomputed for a pupil whenever
-- their attendance is recorded, so the Outcomes page reads one row per case. Counting each case's weeks
-- as the page opened took 1.3 s for an authority of 35,000 cases (docs/benchmarks.md).
-- key: the case; school_id: the school the case belongs to, as the figures are scoped by it.
create table attendance_window (
    key             uuid    primary key,
    pupil_id        uuid    not null references pupil (id) on delete cascade,
    school_id       uuid    not null references school (id),
    from_date       date    not null,
    until_date      date,
    before_present  integer not null default 0,
    before_possible integer not null default 0,
    since_present   integer not null default 0,
    since_possible  integer not null default 0,
    constraint attendance_window_dates check (until_date is null or until_date >= from_date)
);

create index attendance_window_school_from_idx on attendance_window (school_id, from_date);
create index attendance_window_pupil_idx on attendance_window (pupil_id);

insert into attendance_window (key, pupil_id, school_id, from_date, until_date)
select id, pupil_id, school_id, (opened_at at time zone 'Europe/London')::date,
       greatest((opened_at at time zone 'Europe/London')::date, (closed_at at time zone 'Europe/London')::date)
from pupil_case;

-- the same figures as org.rejoin.pupil.internal.AttendanceWindowStore computes: the latest six weeks with
-- sessions whose Monday is before the day, and every week with sessions from it until the window ends
update attendance_window w
set before_present = f.before_present, before_possible = f.before_possible,
    since_present = f.since_present, since_possible = f.since_possible
from (
    select x.key, coalesce(b.present, 0) as before_present, coalesce(b.possible, 0) as before_possible,
           coalesce(n.present, 0) as since_present, coalesce(n.possible, 0) as since_possible
    from attendance_window x
    left join lateral (
        select sum(y.present) as present, sum(y.sessions_possible) as possible from (
            select a.present, a.sessions_possible from weekly_attendance a
            where a.pupil_id = x.pupil_id and a.week_starting < x.from_date and a.sessions_possible > 0
            order by a.week_starting desc limit 6) y) b on true
    left join lateral (
        select sum(a.present) as present, sum(a.sessions_possible) as possible from weekly_attendance a
        where a.pupil_id = x.pupil_id and a.week_starting >= x.from_date and a.sessions_possible > 0
          and (x.until_date is null or a.week_starting < x.until_date)) n on true) f
where w.key = f.key;
