package org.rejoin.faults;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.rejoin.engine.OneEngineAtATime;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole app in its external run, as it is deployed, on parts this test owns ({@link ExternalRejoin}): a
 * PostgreSQL server of its own (embedded binaries, a database that can be taken away), an in-memory Zeebe engine of
 * its own, and an {@link EngineProxy} between the app's Camunda client and that engine's gRPC gateway.
 * <p>
 * Why its own engine: the shared {@code @RejoinTest} context's workers poll the embedded run's engine;
 * a second app on that engine would compete for its jobs (see {@code RejoinTest}). On an engine of its
 * own this app's workers see only this package's processes, and the engine can be time-travelled
 * (job timeouts) without touching the shared one.
 * One per JVM, shared by this package's classes; closed when the whole test run ends or the JVM exits, or when a
 * test with another engine starts ({@link OneEngineAtATime}).
 */
public final class RejoinOnItsOwnEngine implements BeforeAllCallback {

    static final String DATABASE = "rejoin_on_own_engine";
    static final String ADMIN = "fault-test-admin@rejoin.example";

    private static ExternalRejoin parts;
    private static EngineProxy proxy;
    private static CamundaClient direct;
    private static RuntimeException failedStart;

    @Override
    public void beforeAll(ExtensionContext junit) {
        context();
        junit.getRoot().getStore(ExtensionContext.Namespace.create(RejoinOnItsOwnEngine.class))
                .getOrComputeIfAbsent("app", key -> (ExtensionContext.Store.CloseableResource) RejoinOnItsOwnEngine::shutDown);
    }

    /** The running app, started on first use. */
    static synchronized ConfigurableApplicationContext context() {
        if (failedStart != null) {
            throw new IllegalStateException("Rejoin failed to start on its own engine earlier in this run", failedStart);
        }
        ConfigurableApplicationContext context = parts == null ? null : parts.app();
        if (context == null || !context.isActive()) {
            try {
                context = start();
            } catch (RuntimeException e) {
                failedStart = e;
                throw e;
            }
        }
        return context;
    }

    static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    /** Closes the app and starts it again on the same database and engine (what an operator's restart does). */
    static synchronized void restart() {
        if (parts != null) {
            parts.stopApp();
        }
        context();
    }

    static EngineProxy proxy() {
        return proxy;
    }

    static ZeebeTestEngine engine() {
        return parts.engine();
    }

    /** A client straight to the engine, past the proxy: what other users of a cluster do while the app is cut off. */
    static synchronized CamundaClient direct() {
        if (direct == null) {
            direct = CamundaClient.newClientBuilder().grpcAddress(URI.create("http://" + parts.gatewayAddress()))
                    .preferRestOverGrpc(false).defaultRequestTimeout(Duration.ofSeconds(10)).build();
        }
        return direct;
    }

    /** The project directory (bpmn/, forms/). */
    static Path projectDirectory() {
        return Path.of("").toAbsolutePath();
    }

    private static ConfigurableApplicationContext start() {
        partsAndProxy();
        return parts.start(proxy.address(), List.of(
                "--rejoin.notifications.sender=rejoin@test.example",
                "--rejoin.notifications.public-base-url=http://localhost",
                "--rejoin.security.initial-admin.username=" + ADMIN,
                "--rejoin.security.initial-admin.password=fault test admin password",
                "--server.port=0",
                // a lost activation answer is offered again after this; the tests time-travel past it
                "--rejoin.inbox.activation-timeout=PT1M",
                // the tests call the reconciler themselves
                "--rejoin.inbox.reconcile-every=P1D",
                // a database outage shows as a failed job within seconds, not Hikari's default 30 s
                "--spring.datasource.hikari.connection-timeout=3000",
                // support-plan reviews fall due seconds apart, as in the shared context
                "--rejoin.plan.review-every=PT2S",
                "--rejoin.demo.open-cases=false"));
    }

    /** A PostgreSQL server (the external run starts none) with a fresh database, an engine, and a proxy before it. */
    private static synchronized void partsAndProxy() {
        if (parts == null) {
            parts = ExternalRejoin.parts(DATABASE);
            proxy = new EngineProxy(parts.gatewayAddress());
            OneEngineAtATime.longLived(RejoinOnItsOwnEngine::shutDown);
            Runtime.getRuntime().addShutdownHook(new Thread(RejoinOnItsOwnEngine::shutDown, "rejoin-on-own-engine-stop"));
        }
    }

    /**
     * PostgreSQL goes away for the app: its database refuses new connections and the open ones are cut,
     * as when the server restarts or the network drops. The server itself stays up for {@link #databaseBack()}.
     */
    static synchronized void databaseAway() {
        superuser("alter database " + DATABASE + " allow_connections false",
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + DATABASE
                        + "' and pid <> pg_backend_pid()");
    }

    static synchronized void databaseBack() {
        superuser("alter database " + DATABASE + " allow_connections true");
    }

    private static void superuser(String... statements) {
        try (Connection connection = parts.server().getConnection();
             Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change the test database's availability", e);
        }
    }

    /** Stops the app, its engine and its PostgreSQL; the next use starts them afresh. */
    public static synchronized void shutDown() {
        if (parts != null) {
            parts.stopApp();
        }
        if (direct != null) {
            direct.close();
            direct = null;
        }
        if (proxy != null) {
            proxy.close();
            proxy = null;
        }
        if (parts != null) {
            parts.close();
            parts = null;
        }
    }
}
