-- Notifications (issue 18): an agency's shared inbox (a duty desk), told of each referral beside its partners. Optional.
alter table agency add column shared_address varchar(254);
