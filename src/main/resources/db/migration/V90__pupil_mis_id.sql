-- The pupil's id in the school's MIS (SIMS "Adno", Arbor "MIS ID", Bromcom "Student ID"), read from the roster
-- file when it has one, so that a register export without UPNs can still be matched to pupils. Optional; unique
-- within a school (two schools' MIS may well number their pupils alike).
alter table pupil add column mis_id varchar(40);
create unique index pupil_mis_id_per_school on pupil (school_id, mis_id) where mis_id is not null;
