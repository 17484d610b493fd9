-- The audit trail is append-only in the database itself: whatever the application (or anyone using its
-- database role) sends, a row once written cannot be changed or removed, and the table cannot be emptied.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_append_only();

-- Searching the trail by date alone (newest first); by person and by record use the V3 indexes.
create index audit_event_occurred_idx on audit_event (occurred_at desc, id desc);
