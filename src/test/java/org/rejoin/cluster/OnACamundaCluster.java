package org.rejoin.cluster;

import io.camunda.process.test.api.CamundaSpringProcessTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole app in its external run against a running Camunda 8.8 cluster through Camunda Process Test's
 * remote runtime, on a PostgreSQL of the suite's own; skipped unless a cluster is named ({@link CamundaCluster}).
 * The cluster extension comes first, so its PostgreSQL is up before Spring reads the datasource URL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(CamundaCluster.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "rejoin.mode=external",
        "spring.datasource.url=${" + CamundaCluster.DATASOURCE + "}",
        "spring.datasource.username=postgres",
        "spring.datasource.password=postgres",
        "camunda.client.mode=self-managed",
        "camunda.client.grpc-address=${" + CamundaCluster.GRPC + "}",
        "camunda.client.rest-address=${" + CamundaCluster.REMOTE + "}",
        "camunda.process-test.runtime-mode=remote",
        "camunda.process-test.remote.client.grpc-address=${" + CamundaCluster.GRPC + "}",
        "camunda.process-test.remote.client.rest-address=${" + CamundaCluster.REMOTE + "}",
        "camunda.process-test.remote.camunda-monitoring-api-address=${" + CamundaCluster.MANAGEMENT + "}",
        "rejoin.security.initial-admin.username=cluster-test-admin@rejoin.example",
        "rejoin.security.initial-admin.password=cluster test admin password",
        // support-plan reviews fall due seconds apart, so no clock control is needed for the whole case
        "rejoin.plan.review-every=PT2S",
        "rejoin.inbox.reconcile-every=P1D"})
@CamundaSpringProcessTest
public @interface OnACamundaCluster {
}
