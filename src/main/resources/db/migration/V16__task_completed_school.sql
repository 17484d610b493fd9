-- The leaders' overview: how long each step took, over the school's steps completed in the last year.
create index task_completed_school_idx on task (school_id, completed_at) where state = 'COMPLETED';
