package org.rejoin.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The opt-in suite against a running Camunda 8.8 cluster (Camunda Process Test, remote runtime). It runs
 * only when {@value #REMOTE} names the cluster's REST address; without it every class is skipped with one
 * line saying what it needs. gRPC and the management API are taken on the same host at 26500 and 9600
 * unless {@value #GRPC} / {@value #MANAGEMENT} say otherwise. Before the Spring context starts, it starts a
 * PostgreSQL of the suite's own and hands its URL over as {@value #DATASOURCE} (the app runs its external run).
 */
public final class CamundaCluster implements ExecutionCondition, BeforeAllCallback {

    static final String REMOTE = "rejoin.cpt.remote";
    static final String GRPC = "rejoin.cpt.grpc";
    static final String MANAGEMENT = "rejoin.cpt.management";
    static final String DATASOURCE = "rejoin.cpt.datasource-url";
    static final String NEEDS = "Camunda Process Test suite (org.rejoin.cluster) skipped: it needs a running Camunda 8.8 "
            + "cluster it may wipe (it purges all data after each test). Give -D" + REMOTE + "=http://host:8080 "
            + "(REST; gRPC :26500 and management :9600 on the same host unless -D" + GRPC + "/-D" + MANAGEMENT
            + "), e.g. for the cluster docker-compose.yml starts. See README.md, Tests.";

    private static final AtomicBoolean SAID = new AtomicBoolean();
    private static EmbeddedPostgres postgres;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String remote = System.getProperty(REMOTE, "");
        if (remote.isBlank()) {
            if (SAID.compareAndSet(false, true)) {
                System.out.println(NEEDS);
            }
            return ConditionEvaluationResult.disabled(NEEDS);
        }
        URI rest = URI.create(remote);
        System.setProperty(GRPC, System.getProperty(GRPC, "http://" + rest.getHost() + ":26500"));
        System.setProperty(MANAGEMENT, System.getProperty(MANAGEMENT, "http://" + rest.getHost() + ":9600"));
        return ConditionEvaluationResult.enabled("Camunda cluster at " + remote);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (CamundaCluster.class) {
            if (postgres == null) {
                try {
                    postgres = EmbeddedPostgres.builder().start();
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not start PostgreSQL for the cluster suite", e);
                }
                System.setProperty(DATASOURCE, postgres.getJdbcUrl("postgres", "postgres"));
            }
        }
    }
}
