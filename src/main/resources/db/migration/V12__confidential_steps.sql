-- A step marked confidential in BPMN (task header confidential=true, e.g. a DSL's response to a
-- safeguarding concern) is left out of the "case so far" every task page shows; the case chronology
-- shows it only to those who handle safeguarding.
alter table task add column confidential boolean not null default false;
