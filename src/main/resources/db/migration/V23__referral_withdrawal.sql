-- A school may withdraw a referral it no longer wants (the parents withdrew their consent, the need passed)
-- while it is being prepared, waiting for the agency or being worked on. Withdrawn referrals are kept, with
-- who withdrew them, when and why, but the agency no longer reads what the school had shared.
alter table referral drop constraint referral_status_known;
alter table referral add constraint referral_status_known
    check (status in ('REQUESTED', 'SENT', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'WITHDRAWN'));
alter table referral
    add column withdrawn_at     timestamptz,
    add column withdrawn_by     varchar(254),
    add column withdraw_reason  text,
    add constraint referral_withdrawn_with_reason
        check (status <> 'WITHDRAWN' or (withdrawn_at is not null and withdraw_reason is not null));
-- one withdrawn before it was sent has no agency
alter table referral drop constraint referral_sent_to_agency;
alter table referral add constraint referral_sent_to_agency
    check (status in ('REQUESTED', 'WITHDRAWN') or (agency_id is not null and sent_at is not null));
