-- Notifications (issue 18): the outbox of emails, each person's choices, unsubscribe tokens, and ShedLock's lock.
-- Rows hold what an email says in the school's words (kind of step, school, due date, link), never a pupil's data.

create table notification (
    id              uuid primary key,
    event_key       text        not null,   -- what caused it, e.g. step-offered:<task id>; with recipient: sent once
    recipient       text        not null,   -- the person's username, their email address
    kind            text        not null,
    template        text        not null,
    model           jsonb       not null,
    state           text        not null default 'QUEUED'
                    check (state in ('QUEUED', 'SENDING', 'SENT', 'HELD', 'DIGESTED', 'FAILED', 'SKIPPED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    lease_until     timestamptz,
    last_error      text,
    digest_id       uuid,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    constraint notification_once unique (event_key, recipient)
);
-- the sender's pass: what is due now, oldest first
create index notification_due on notification (next_attempt_at) where state in ('QUEUED', 'SENDING');
-- the digest: each person's held notifications
create index notification_held on notification (recipient, created_at) where state = 'HELD';
-- the administrators' list, newest first, and the failed ones for the incidents page
create index notification_newest on notification (created_at desc, id);
create index notification_failed on notification (created_at desc) where state = 'FAILED';

create table notification_preference (
    username text not null,
    kind     text not null,
    mode     text not null check (mode in ('IMMEDIATE', 'DIGEST', 'OFF')),
    primary key (username, kind)
);

-- One-click unsubscribe (RFC 8058): an unguessable token per person and kind, in the email's List-Unsubscribe link.
create table notification_unsubscribe (
    token    text primary key,
    username text not null,
    kind     text not null,
    constraint notification_unsubscribe_once unique (username, kind)
);

-- ShedLock (JDBC provider): the digest and the reminders run once per tick across instances.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
