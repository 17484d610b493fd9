-- When a step was chased (a colleague's overdue answer): it rises in the inbox and says so.
alter table task add column reminded_at timestamptz;
-- The case page's open steps
create index task_case_open_idx on task (case_id, created_at) where state = 'OPEN';
