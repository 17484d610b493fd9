-- issue 21: password sign-in that resists guessing.
-- Failed sign-ins, counted per name typed (lower case, whether or not an account has it, so the answer never tells
-- which names exist) and per client address. A row is deleted when its name signs in, and forgotten a day after
-- its last failure; an account name is locked for a while after repeated failures.
create table sign_in_throttle (
    kind         varchar(10)  not null,
    subject      varchar(200) not null,
    failures     integer      not null,
    last_failure timestamptz  not null,
    locked_until timestamptz,
    primary key (kind, subject),
    constraint sign_in_throttle_kind_known check (kind in ('ACCOUNT', 'ADDRESS'))
);
create index sign_in_throttle_last_failure_idx on sign_in_throttle (last_failure);

-- the first administrator of a deployment signs in with a password from its environment, and must choose a new one
alter table app_user add column must_change_password boolean not null default false;
alter table app_user add column password_changed_at timestamptz;
