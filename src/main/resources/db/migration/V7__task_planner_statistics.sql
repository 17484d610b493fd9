-- "Completed by me" filters on completed_by and school_id together; without this the planner
-- treats them as independent, expects ~6 rows instead of ~1,300 and picks a slow plan
-- (measured in docs/benchmarks.md: 8.6 ms instead of 0.36 ms).
create statistics task_completed_by_school (dependencies) on completed_by, school_id from task;
