-- Each pupil's parents and carers, from the MIS contacts export or typed in. Letters and meetings use them, and the
-- family features that follow depend on their email addresses. A contacts file replaces the contacts of each
-- pupil it names; pupils it does not name keep theirs.
create table pupil_contact (
    id                      uuid primary key,
    pupil_id                uuid         not null references pupil (id) on delete cascade,
    school_id               uuid         not null references school (id),
    name                    varchar(200) not null,
    relationship            varchar(60)  not null,
    parental_responsibility boolean      not null default false,
    -- 1 is contacted first, as the MIS orders a pupil's contacts
    priority                smallint     not null default 1,
    email                   varchar(200),
    phone                   varchar(40),
    address                 varchar(500),
    -- a court order or the school's records say this person must not be contacted
    no_contact              boolean      not null default false,
    updated_at              timestamptz  not null default now(),
    constraint pupil_contact_priority check (priority between 1 and 99)
);
create index pupil_contact_pupil_idx on pupil_contact (pupil_id, priority, name);
create index pupil_contact_school_idx on pupil_contact (school_id);
