package org.rejoin.referral.internal;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.rejoin.engine.Messages;
import org.rejoin.referral.ReferralOrigin;
import org.rejoin.referral.ReferralProcess;
import org.rejoin.referral.ReferralProcess.Variables;
import org.rejoin.referral.ReferralRaised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Starts a referral's process by publishing ReferralRequested with the referral id as correlation key and
 * message id: Zeebe starts one process per referral however often this runs. The message is buffered for
 * {@link #TIME_TO_LIVE} (a message is correlated to a process at most once, so the buffered copy starts
 * nothing more), and while it is buffered a repeat is refused as ALREADY_EXISTS, which means done. The
 * event is stored with the referral and handed over again until this succeeds (engine EventRedelivery).
 */
@Component
class ReferralStarter {

    static final Duration TIME_TO_LIVE = Duration.ofHours(1);

    private final CamundaClient camunda;
    private final ReferralProperties settings;

    ReferralStarter(CamundaClient camunda, ReferralProperties settings) {
        this.camunda = camunda;
        this.settings = settings;
    }

    @ApplicationModuleListener
    void on(ReferralRaised raised) {
        String referralId = raised.referralId().toString();
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.REFERRAL_ID, referralId);
        variables.put(Variables.CASE_ID, raised.caseId().toString());
        variables.put(Variables.PUPIL_ID, raised.pupilId().toString());
        variables.put(Variables.SCHOOL_ID, raised.schoolId().toString());
        variables.put(Variables.LEAD_CHAMPION, raised.leadChampion());
        variables.put(Variables.AGENCY_TYPE, raised.agencyType().name());
        variables.put(Variables.ORIGIN, raised.origin().name());
        variables.put(Variables.REMINDER_DAYS, settings.reminderSchoolDays());
        variables.put(Variables.ACCEPT_DAYS, settings.acceptSchoolDays());
        if (raised.context() != null && !raised.context().isBlank()) {
            // prefills the champion's description: by hand they said why; a plan or the journey says what was tried
            variables.put(raised.origin() == ReferralOrigin.BY_HAND ? Variables.REASON : Variables.TRIED_SO_FAR,
                    raised.context());
        }
        Messages.publishOnce(camunda, ReferralProcess.MESSAGE_REFERRAL_REQUESTED, referralId, referralId,
                TIME_TO_LIVE, variables);
    }
}
