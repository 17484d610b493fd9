package org.rejoin.referral.internal;

import java.time.Clock;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.UUID;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.casework.NewEntry;
import org.rejoin.referral.AgencyInfo;
import org.rejoin.referral.AgencyType;
import org.rejoin.referral.ReferralDecided;
import org.rejoin.referral.ReferralDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the referral's process did, recorded on the referral, in its own timeline and in the case's
 * chronology, in one transaction. Each change is idempotent (a job delivered twice changes nothing more)
 * and refused if the referral is somewhere the process could not be: that is an incident to look at.
 */
@Component
public class ReferralRecords {

    private final JdbcTemplate jdbc;
    private final ReferralStore store;
    private final Chronology chronology;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferralRecords(JdbcTemplate jdbc, ReferralStore store, Chronology chronology, ApplicationEventPublisher events,
                    Clock clock) {
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
        this.store = store;
        this.chronology = chronology;
    }

    public ReferralDetails require(UUID referralId) {
        return store.find(referralId).orElseThrow(() -> new IllegalArgumentException(
                "No referral " + referralId + " is recorded in Rejoin"));
    }

    @Transactional
    public void sent(UUID referralId, AgencyInfo agency, AgencyType type, Shared shared, Instant acceptDeadline,
                     long processInstanceKey, String sourceKey) {
        ReferralDetails referral = change(referralId, "sent", """
                update referral set status = 'SENT', agency_type = ?, agency_id = ?, reason = ?, tried_so_far = ?,
                       parental_consent = ?, safeguarding_reason = ?, accept_deadline = ?, process_instance_key = ?,
                       sent_at = coalesce(sent_at, ?)
                where id = ? and status in ('REQUESTED', 'SENT')""", type.name(), agency.id(), shared.reason(),
                shared.triedSoFar(), shared.parentalConsent(), shared.safeguardingReason(),
                acceptDeadline == null ? null : Timestamp.from(acceptDeadline), processInstanceKey, timeNow(), referralId);
        record(referral, "Sent to " + agency.name(), acceptDeadline == null ? "They are asked to accept or decline it."
                : "They are asked to accept or decline it by " + UkDates.formatInWords(
                        acceptDeadline.atZone(UkDates.ZONE).toLocalDate()) + ".", sourceKey);
    }

    @Transactional
    public void reminded(UUID referralId, String sourceKey) {
        ReferralDetails referral = change(referralId, "reminded", """
                update referral set reminded_at = coalesce(reminded_at, ?)
                where id = ? and agency_id is not null""", timeNow(), referralId);
        record(referral, "Reminder sent to " + referral.summary().agencyLabel(),
                "The referral has not been accepted or declined yet.", sourceKey);
    }

    @Transactional
    public void escalated(UUID referralId, String sourceKey) {
        ReferralDetails referral = change(referralId, "escalated", """
                update referral set escalated_at = coalesce(escalated_at, ?)
                where id = ? and agency_id is not null""", timeNow(), referralId);
        record(referral, referral.summary().agencyLabel() + " has not answered the referral in time",
                "A leader of the school has a task to chase them.", sourceKey);
    }

    @Transactional
    public void accepted(UUID referralId, String sourceKey) {
        ReferralDetails referral = change(referralId, "accepted", """
                update referral set status = 'ACCEPTED', decided_at = coalesce(decided_at, ?)
                where id = ? and status in ('SENT', 'ACCEPTED')""", timeNow(), referralId);
        record(referral, referral.summary().agencyLabel() + " accepted the referral",
                "They will assess the pupil and make recommendations.", sourceKey);
        decided(referral, ReferralDecided.Decision.ACCEPTED);
    }

    @Transactional
    public void declined(UUID referralId, String reason, String sourceKey) {
        ReferralDetails referral = change(referralId, "declined", """
                update referral set status = 'DECLINED', decline_reason = ?, decided_at = coalesce(decided_at, ?)
                where id = ? and status in ('SENT', 'DECLINED')""", reason, timeNow(), referralId);
        record(referral, referral.summary().agencyLabel() + " declined the referral", reason, sourceKey);
        decided(referral, ReferralDecided.Decision.DECLINED);
    }

    @Transactional
    public void completed(UUID referralId, String recommendations, String sourceKey) {
        ReferralDetails referral = change(referralId, "completed", """
                update referral set status = 'COMPLETED', recommendations = ?,
                       completed_at = coalesce(completed_at, ?)
                where id = ? and status in ('ACCEPTED', 'COMPLETED')""", recommendations, timeNow(),
                referralId);
        record(referral, referral.summary().agencyLabel() + " reported the referral's outcome",
                recommendations == null ? null : "Recommendations: " + recommendations, sourceKey);
    }

    /**
     * The school withdrew the referral: recorded on it, in its timeline and in the case, unless it is no
     * longer under way; false then (nothing is changed).
     */
    @Transactional
    public boolean withdrawn(UUID referralId, String reason, String username) {
        if (!store.withdraw(referralId, reason, username)) {
            return false;
        }
        ReferralDetails referral = require(referralId);
        String sourceKey = "referral-withdrawn:" + referralId;
        String title = "Referral to " + referral.summary().agencyLabel() + " withdrawn";
        event(referralId, "Withdrawn by the school: " + reason, username, sourceKey);
        chronology.record(new NewEntry(referral.summary().caseId(), EntryKind.ESCALATION, null, username, title,
                reason, java.util.Map.of("referralId", referralId.toString()), sourceKey));
        decided(referral, ReferralDecided.Decision.WITHDRAWN);
        return true;
    }

    private void decided(ReferralDetails referral, ReferralDecided.Decision decision) {
        events.publishEvent(new ReferralDecided(referral.summary().id(), referral.summary().caseId(),
                referral.summary().schoolId(), referral.leadChampion(), referral.summary().agencyLabel(), decision));
    }

    /** A line in the referral's own timeline, once per source key. */
    public void event(UUID referralId, String what, String byWhom, String sourceKey) {
        jdbc.update("insert into referral_event (referral_id, what, by_whom, source_key, happened_at) "
                + "values (?, ?, ?, ?, ?) on conflict (source_key) do nothing", referralId, truncate(what), byWhom,
                sourceKey, timeNow());
    }

    /** What the school shares with the agency, as described in the process. */
    public record Shared(String reason, String triedSoFar, Boolean parentalConsent, String safeguardingReason) {
    }

    /** Applies the change and returns the referral as it now is. */
    private ReferralDetails change(UUID referralId, String what, String sql, Object... params) {
        boolean changed = jdbc.update(sql, params) == 1;
        ReferralDetails now = require(referralId);
        if (!changed) {
            throw new IllegalArgumentException("Referral " + referralId + " cannot be " + what + ": it is "
                    + now.summary().status().name());
        }
        return now;
    }

    private void record(ReferralDetails referral, String title, String body, String sourceKey) {
        UUID referralId = referral.summary().id();
        event(referralId, body == null || body.isBlank() ? title : title + ": " + body, null, sourceKey);
        chronology.record(NewEntry.bySystem(referral.summary().caseId(), EntryKind.ESCALATION, title, body, sourceKey));
    }

    /** Now by the app's clock: what the process did is dated when it did it, even with the engine's clock set back. */
    private Timestamp timeNow() {
        return Timestamp.from(Instant.now(clock));
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
