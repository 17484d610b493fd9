-- Jobs the app gave up on (retries spent, or wrong data): Zeebe holds them as incidents, but its gRPC API
-- cannot list incidents, so the app records each one as it fails the job, for administrators to see and retry.
create table job_incident (
    job_key             bigint primary key,
    process_instance_key bigint not null,
    bpmn_process_id     text not null,
    element_id          text not null,
    job_type            text not null,
    case_id             uuid,
    error_message       text not null,
    failed_at           timestamptz not null default now(),
    state               text not null default 'OPEN' check (state in ('OPEN', 'RETRIED')),
    retried_at          timestamptz,
    retried_by          text
);

create index job_incident_open on job_incident (failed_at desc) where state = 'OPEN';
