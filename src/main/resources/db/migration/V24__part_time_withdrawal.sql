-- A part-time timetable proposal may be withdrawn before it is signed off (the family found another way, or
-- the proposal never reached the plan and would otherwise block the next one). Kept, with who, when and why.
alter table part_time_timetable drop constraint part_time_state_known;
alter table part_time_timetable add constraint part_time_state_known
    check (state in ('PROPOSED', 'AWAITING_SIGN_OFF', 'APPROVED', 'REFUSED', 'REVIEWED', 'WITHDRAWN'));
alter table part_time_timetable
    add column withdrawn_by     varchar(120),
    add column withdrawn_at     timestamptz,
    add column withdraw_reason  text,
    add constraint part_time_withdrawn_with_reason
        check (state <> 'WITHDRAWN' or (withdrawn_at is not null and withdraw_reason is not null));
