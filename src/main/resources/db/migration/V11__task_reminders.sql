-- When a step was chased (a colleague's overdue answer): it rises in the inbox and says so.
alter table task add column reminded_at timestamptz;
