package org.rejoin.referral.internal;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import org.rejoin.engine.Messages;
import org.rejoin.referral.ReferralProcess;
import org.rejoin.referral.ReferralWithdrawn;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Ends a withdrawn referral's process by publishing ReferralWithdrawn, keyed by the referral id, with a
 * message id of its own so a repeat publishes nothing more. Buffered for {@link #TIME_TO_LIVE}, so a
 * referral whose process is still starting is withdrawn as soon as it has started.
 */
@Component
class ReferralWithdrawer {

    static final Duration TIME_TO_LIVE = Duration.ofHours(1);

    private final CamundaClient camunda;

    ReferralWithdrawer(CamundaClient camunda) {
        this.camunda = camunda;
    }

    @ApplicationModuleListener
    void on(ReferralWithdrawn withdrawn) {
        String referralId = withdrawn.referralId().toString();
        Messages.publishOnce(camunda, ReferralProcess.MESSAGE_WITHDRAWN, referralId, referralId + ":withdrawn",
                TIME_TO_LIVE, Map.of());
    }
}
