-- Issue 21: a school whose staff sign in with its own Microsoft or Google accounts can turn Rejoin passwords off
-- for them. Kept by the security module (sign-in is its business); a school with no row allows passwords.
create table school_sign_in (
    school_id        uuid primary key references school (id),
    password_sign_in boolean      not null,
    changed_by       varchar(120) not null,
    changed_at       timestamptz  not null default now()
);
