-- "My work" (mine above what waits for anyone in my role) is the list a person lands on, so a filter can be saved on it.
alter table saved_task_filter drop constraint saved_task_filter_list;
alter table saved_task_filter add constraint saved_task_filter_list
    check (list in ('WORK', 'MINE', 'GROUPS', 'OVERDUE', 'COMPLETED'));
