package org.rejoin.ladder.internal;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.rejoin.engine.JobVariables;
import org.rejoin.ladder.FormalSupportProcess.Answers;
import org.rejoin.ladder.FormalSupportProcess.JobTypes;
import org.rejoin.ladder.FormalSupportProcess.Variables;
import org.rejoin.ladder.LadderRung;
import org.rejoin.referral.AgencyType;
import org.rejoin.referral.ReferralOrigin;
import org.rejoin.referral.ReferralRequest;
import org.rejoin.referral.ReferralService;
import org.springframework.stereotype.Component;

/**
 * Asks for an Early Help assessment through the multi-agency referral process (not a copy of it): the referral
 * id comes from this element instance, so a retried job asks once; the ladder waits for its outcome message.
 */
@Component
public class RequestEarlyHelpWorker {

    private final ReferralService referrals;
    private final LadderStore store;
    private final Clock clock;

    RequestEarlyHelpWorker(ReferralService referrals, LadderStore store, Clock clock) {
        this.clock = clock;
        this.referrals = referrals;
        this.store = store;
    }

    @JobWorker(type = JobTypes.REQUEST_EARLY_HELP, fetchVariables = {Variables.LADDER_ID, Variables.CASE_ID,
            Variables.PUPIL_ID, Variables.SCHOOL_ID, "leadChampion", Answers.SUPPORT_REASON})
    public Map<String, Object> request(ActivatedJob job) {
        JobVariables v = JobVariables.of(job);
        UUID referralId = UUID.nameUUIDFromBytes(("rejoin:ladder-early-help:" + job.getElementInstanceKey())
                .getBytes(StandardCharsets.UTF_8));
        referrals.request(new ReferralRequest(referralId, v.uuid(Variables.CASE_ID), v.uuid(Variables.PUPIL_ID),
                v.uuid(Variables.SCHOOL_ID), v.text("leadChampion"), AgencyType.EARLY_HELP, ReferralOrigin.LADDER, null,
                v.textOrNull(Answers.SUPPORT_REASON)));
        LocalDate today = LocalDate.now(clock);
        store.recordRung(job.getKey(), v.uuid(Variables.LADDER_ID), LadderRung.EARLY_HELP, null,
                "Early Help assessment asked for: " + v.textOrNull(Answers.SUPPORT_REASON), Letters.earlyHelp(today),
                null, today);
        return Map.of(Variables.EARLY_HELP_REFERRAL_ID, referralId.toString());
    }
}
