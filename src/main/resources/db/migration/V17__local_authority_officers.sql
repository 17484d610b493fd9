-- Local authority officers oversee the figures of every school of their authority (termly targeting
-- support meetings, per-school comparison); they belong to an authority, not to a school or agency.

alter table app_user add column local_authority varchar(100);

alter table app_user drop constraint app_user_role_known;
alter table app_user add constraint app_user_role_known
    check (role in ('ATTENDANCE_CHAMPION', 'SCHOOL_STAFF', 'PARTNER', 'LEADER', 'LOCAL_AUTHORITY', 'ADMIN'));

alter table app_user drop constraint app_user_affiliation;
alter table app_user add constraint app_user_affiliation check (
    (role in ('ATTENDANCE_CHAMPION', 'SCHOOL_STAFF', 'LEADER') and school_id is not null and agency_id is null
        and local_authority is null)
    or (role = 'PARTNER' and agency_id is not null and school_id is null and local_authority is null)
    or (role = 'LOCAL_AUTHORITY' and local_authority is not null and school_id is null and agency_id is null)
    or (role = 'ADMIN' and school_id is null and agency_id is null and local_authority is null));

-- an officer's figures are counted over the schools of their authority
create index school_local_authority_idx on school (local_authority, name);
