package org.rejoin.referral.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rejoin.base.ui.UkDates;
import org.rejoin.engine.JobVariables;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SchoolService;
import org.rejoin.referral.AgencyInfo;
import org.rejoin.referral.AgencyService;
import org.rejoin.referral.AgencyType;
import org.rejoin.referral.ReferralProcess.JobTypes;
import org.rejoin.referral.ReferralProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * An approved referral leaves the school: to the one agency of its type serving the school's local
 * authority. None (or several) is something only an administrator can put right, so it becomes an
 * incident saying which. Sets {@code agencyId}, which scopes the partner's tasks that follow.
 */
@Component
public class SendToAgencyWorker {

    /** Deadlines in school days end at the end of the school day, as the deadlines worker counts them. */
    static final LocalTime END_OF_SCHOOL_DAY = LocalTime.of(16, 0);

    private final ReferralRecords records;
    private final AgencyService agencies;
    private final SchoolService schools;
    private final ReferralProperties settings;
    private final Clock clock;

    SendToAgencyWorker(ReferralRecords records, AgencyService agencies, SchoolService schools,
                       ReferralProperties settings, Clock clock) {
        this.clock = clock;
        this.records = records;
        this.agencies = agencies;
        this.schools = schools;
        this.settings = settings;
    }

    @JobWorker(type = JobTypes.SEND_TO_AGENCY, fetchVariables = {Variables.REFERRAL_ID, Variables.CASE_ID,
            Variables.SCHOOL_ID, Variables.AGENCY_TYPE, Variables.REASON, Variables.TRIED_SO_FAR,
            Variables.PARENTAL_CONSENT, Variables.SAFEGUARDING_REASON, Variables.ACCEPT_DAYS})
    public Map<String, Object> send(ActivatedJob job) {
        JobVariables variables = JobVariables.of(job);
        UUID referralId = variables.uuid(Variables.REFERRAL_ID);
        AgencyType type = agencyType(variables.text(Variables.AGENCY_TYPE));
        UUID schoolId = variables.uuid(Variables.SCHOOL_ID);
        SchoolInfo school = schools.find(schoolId).orElseThrow(() -> new IllegalArgumentException(
                "The referral's school " + schoolId + " does not exist"));
        // sent before (a job delivered again): the same agency, even if another was added since
        UUID already = records.require(referralId).summary().agencyId();
        AgencyInfo agency = already != null ? agencies.find(already).orElseThrow() : serving(type, school);
        var shared = new ReferralRecords.Shared(variables.textOrNull(Variables.REASON),
                variables.textOrNull(Variables.TRIED_SO_FAR), variables.booleanOrNull(Variables.PARENTAL_CONSENT),
                variables.textOrNull(Variables.SAFEGUARDING_REASON));
        records.sent(referralId, agency, type, shared, acceptDeadline(schoolId,
                variables.days(Variables.ACCEPT_DAYS, settings.acceptSchoolDays())), job.getProcessInstanceKey(),
                variables.sourceKey());
        return Map.of(Variables.AGENCY_ID, agency.id().toString());
    }

    private AgencyInfo serving(AgencyType type, SchoolInfo school) {
        List<AgencyInfo> serving = agencies.serving(type, school.localAuthority());
        if (serving.size() != 1) {
            throw new IllegalArgumentException((serving.isEmpty() ? "No " : serving.size() + " ") + type.label()
                    + " agencies serve " + school.localAuthority() + " (the local authority of " + school.name()
                    + "): an administrator must make sure exactly one does, then retry this step");
        }
        return serving.getFirst();
    }

    /** The date the agency is asked to answer by, as the process's own deadline will count it. */
    Instant acceptDeadline(UUID schoolId, int schoolDays) {
        return schools.calendar(schoolId).addSchoolDays(LocalDate.now(clock), schoolDays).atTime(END_OF_SCHOOL_DAY)
                .atZone(UkDates.ZONE).toInstant();
    }

    private static AgencyType agencyType(String name) {
        try {
            return AgencyType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "' is not a type of agency Rejoin knows", e);
        }
    }
}
