-- The register as the school's MIS records it: one mark per pupil per session, in the codes of the
-- School Attendance (Pupil Registration) (England) Regulations 2024 (see docs/session-registers.md).
-- Weekly attendance is derived from these marks for the weeks an import covers.
create table session_mark (
    pupil_id     uuid        not null references pupil (id) on delete cascade,
    session_date date        not null,
    session      varchar(2)  not null,
    code         varchar(2)  not null,
    -- the code's category when imported (AttendanceCode), so counting needs no code list in SQL
    category     varchar(30) not null,
    minutes_late smallint,
    comment      varchar(1000),
    import_id    uuid        not null,
    -- one mark a session; also serves every per-pupil date-range query (figures, thresholds, re-import)
    constraint session_mark_pk primary key (pupil_id, session_date, session),
    constraint session_mark_session check (session in ('AM', 'PM')),
    constraint session_mark_category check (category in ('PRESENT', 'APPROVED_EDUCATIONAL_ACTIVITY',
        'AUTHORISED_ABSENCE', 'UNAUTHORISED_ABSENCE', 'NOT_POSSIBLE')),
    constraint session_mark_minutes_late check (minutes_late is null or minutes_late between 0 and 600)
);

-- Possible sessions run from the later of the school year's start and the pupil's admission to the earlier of
-- today and the day they left. Both are optional: without them the school year bounds the count.
alter table pupil add column admission_date date;
alter table pupil add column leaving_date date;
