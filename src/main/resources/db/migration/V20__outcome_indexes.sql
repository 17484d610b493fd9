-- The outcomes page counts, per school overseen, the cases opened in the last 12 months (attendance before
-- and since each) and the support plans started in them (time from first concern to plan). Both read a
-- school's rows by date whatever their state, which the existing indexes (state first, or partial) do not serve.
create index pupil_case_school_opened_idx on pupil_case (school_id, opened_at);
create index support_plan_school_started_idx on support_plan (school_id, started_at);
