-- Reminders (issue 18): the inbox finds the open steps due tomorrow or overdue once a day, by due date alone.
create index task_open_due_idx on task (due_date, id) where state = 'OPEN' and due_date is not null;
