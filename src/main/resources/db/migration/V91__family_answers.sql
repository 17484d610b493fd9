-- The school's answer to a change a family asked for (issue 23): the lead champion's step "Respond to the family"
-- (bpmn/family-change-request.bpmn) writes it, and the family page shows it under the change. One answer per change.
-- Numbered after V90 so that a database already at V90 takes it in order. Answers go when their case goes.
create table family_answer (
    word_id      uuid primary key references family_word (id) on delete cascade,
    case_id      uuid        not null references pupil_case (id) on delete cascade,
    answer       text        not null,
    answered_at  timestamptz not null default now()
);
-- the family page reads a case's answers
create index family_answer_case_idx on family_answer (case_id);
