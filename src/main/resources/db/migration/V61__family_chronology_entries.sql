-- The family's own words in the case chronology (issue 23): a kind of their own, which staff cannot add or edit.
alter table case_entry drop constraint case_entry_kind_known;
alter table case_entry add constraint case_entry_kind_known check (kind in (
    'CASE', 'TASK', 'NOTE', 'PARENT_CONTACT', 'MEETING', 'DOCUMENT', 'ATTENDANCE', 'ESCALATION', 'SAFEGUARDING',
    'FAMILY'));
