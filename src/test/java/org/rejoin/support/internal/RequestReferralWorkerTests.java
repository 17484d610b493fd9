package org.rejoin.support.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.NewEntry;
import org.rejoin.referral.AgencyType;
import org.rejoin.referral.ReferralOrigin;
import org.rejoin.referral.ReferralRequest;
import org.rejoin.referral.ReferralService;

/**
 * The plan's side of asking for a referral: what it asks the referral feature for, and that a retried job
 * asks for the same referral. (Recording and starting the referral is the referral feature's, tested there
 * and end to end once both are merged.)
 */
class RequestReferralWorkerTests {

    final ReferralService referrals = mock(ReferralService.class);
    final Chronology chronology = mock(Chronology.class);
    final RequestReferralWorker worker = new RequestReferralWorker(referrals, chronology);
    final UUID caseId = UUID.randomUUID();
    final UUID pupilId = UUID.randomUUID();
    final UUID schoolId = UUID.randomUUID();

    @Test
    void asksForAReferralFromThePlanWithTheReviewNotesAndSetsItsId() {
        Map<String, Object> result = worker.request(job(41L, "MENTAL_HEALTH_SUPPORT"));

        ArgumentCaptor<ReferralRequest> asked = ArgumentCaptor.forClass(ReferralRequest.class);
        verify(referrals).request(asked.capture());
        assertThat(asked.getValue()).isEqualTo(new ReferralRequest(UUID.fromString((String) result.get("referralId")),
                caseId, pupilId, schoolId, "champion@school.example", AgencyType.MENTAL_HEALTH_SUPPORT,
                ReferralOrigin.PLAN, null, "Panics at the gate every morning"));
        verify(chronology).record(any(NewEntry.class));
    }

    @Test
    void aRetriedJobAsksForTheSameReferralAndAnotherStallAsksForANewOne() {
        Object first = worker.request(job(41L, "EARLY_HELP")).get("referralId");
        Object retried = worker.request(job(41L, "EARLY_HELP")).get("referralId");
        Object another = worker.request(job(42L, "EARLY_HELP")).get("referralId");

        assertThat(retried).isEqualTo(first);
        assertThat(another).isNotEqualTo(first);
        verify(referrals, times(3)).request(any());
    }

    @Test
    void anAgencyRejoinDoesNotKnowIsWrongDataAndAsksForNothing() {
        assertThatThrownBy(() -> worker.request(job(43L, "FORTUNE_TELLER")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FORTUNE_TELLER");
        verify(referrals, never()).request(any());
    }

    private ActivatedJob job(long elementInstanceKey, String agency) {
        ActivatedJob job = mock(ActivatedJob.class);
        when(job.getKey()).thenReturn(elementInstanceKey * 7);
        when(job.getElementInstanceKey()).thenReturn(elementInstanceKey);
        when(job.getVariablesAsMap()).thenReturn(Map.of("caseId", caseId.toString(), "pupilId", pupilId.toString(),
                "schoolId", schoolId.toString(), "leadChampion", "champion@school.example",
                "referralAgencyType", agency, "reviewNotes", "Panics at the gate every morning"));
        return job;
    }
}
