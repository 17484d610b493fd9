-- What was submitted for a step, shown in the case's chronology; and the index that reads it by case.
alter table task add column answers jsonb;
create index task_case_completed_idx on task (case_id, completed_at) where state = 'COMPLETED';
