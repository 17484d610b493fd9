package org.rejoin.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.DeploymentEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.endtoend.CaseWalk;
import org.rejoin.endtoend.WholeCase;
import org.rejoin.endtoend.WholeCase.Place;
import org.rejoin.referral.ReferralOrigin;
import org.rejoin.referral.ReferralService;
import org.rejoin.referral.ReferralStatus;
import org.rejoin.referral.ReferralSummary;
import org.rejoin.support.PlanState;
import org.rejoin.support.SupportPlan;
import org.rejoin.support.SupportPlanProcess.ReviewOutcomes;
import org.rejoin.support.SupportPlanService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The app on a real Camunda 8.8 cluster (opt-in: {@link CamundaCluster}): what runs in memory must deploy
 * and run there too. Camunda Process Test purges the cluster after each test, so each test deploys bpmn/
 * and forms/ itself (the app's own start-up deployment went to the first test).
 */
@OnACamundaCluster
class RejoinOnACamundaClusterTests {

    static final String[] FILES = {"classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn", "classpath*:forms/**/*.form"};

    @Autowired
    ApplicationContext app;
    @Autowired
    CamundaClient camunda;
    @Autowired
    JdbcTemplate jdbc;

    DeploymentEvent deployment;
    List<String> files;

    @BeforeEach
    void everyProcessFileDeployed() throws IOException {
        files = new ArrayList<>();
        DeployResourceCommandStep2 command = null;
        for (String pattern : FILES) {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    byte[] bytes = in.readAllBytes();
                    command = command == null
                            ? camunda.newDeployResourceCommand().addResourceBytes(bytes, resource.getFilename())
                            : command.addResourceBytes(bytes, resource.getFilename());
                }
                files.add(resource.getFilename());
            }
        }
        deployment = command.send().join();
    }

    @Test
    void everyBpmnDmnAndFormFileOfTheProjectDeploysToTheCluster() {
        List<String> deployed = new ArrayList<>();
        deployment.getProcesses().forEach(p -> deployed.add(p.getResourceName()));
        deployment.getDecisionRequirements().forEach(d -> deployed.add(d.getResourceName()));
        deployment.getForm().forEach(f -> deployed.add(f.getResourceName()));

        assertThat(files).isNotEmpty();
        assertThat(deployed).containsAll(files);
    }

    @Test
    void aPupilGoesFromAnImportThroughTheJourneyAndAPlanWithAReferralToAClosedPlan() {
        WholeCase whole = new WholeCase(app);
        Place place = whole.place();
        UUID caseId = whole.caseFromImport(place);
        CaseWalk walk = new CaseWalk(whole, place, caseId);

        walk.journey();
        walk.agreePlan();
        walk.review(ReviewOutcomes.ACHIEVED);
        walk.review(ReviewOutcomes.STALLED_AGAIN);
        walk.earlyHelpReferral();
        ReferralSummary referral = await().atMost(WholeCase.WAIT).until(() -> app.getBean(ReferralService.class)
                .referralsOfCase(place.champion(), caseId).getFirst(), r -> r.status() == ReferralStatus.COMPLETED);
        walk.review(ReviewOutcomes.ALL_ACHIEVED);

        SupportPlan plan = await().atMost(WholeCase.WAIT).until(() -> app.getBean(SupportPlanService.class)
                .plan(place.champion(), caseId).orElse(null), p -> p != null && p.state() == PlanState.CLOSED_FOLLOWING_UP);
        assertThat(referral.origin()).isEqualTo(ReferralOrigin.PLAN);
        assertThat(plan.steps()).hasSize(2);
        assertThat(jdbc.queryForList("select element_id from task where case_id = ? and element_id <> 'Task_Review' "
                + "group by process_instance_key, element_id having count(*) > 1", String.class, caseId))
                .as("steps in the inbox more than once").isEmpty();
    }
}
