package org.rejoin.faults;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.rejoin.RejoinApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole app in its external run, as it is deployed, on parts this test owns: a PostgreSQL server
 * of its own (embedded binaries, a database that can be taken away), an in-memory Zeebe engine of its
 * own, and an {@link EngineProxy} between the app's Camunda client and that engine's gRPC gateway.
 * <p>
 * Why its own engine: the shared {@code @RejoinTest} context's workers poll the embedded run's engine;
 * a second app on that engine would compete for its jobs (see {@code RejoinTest}). On an engine of its
 * own this app's workers see only this package's processes, and the engine can be time-travelled
 * (job timeouts) without touching the shared one. Started with {@link SpringApplicationBuilder}, not
 * {@code @SpringBootTest}, so the test framework's cached context stays the one shared context.
 * One per JVM, shared by this package's classes; closed when the whole test run ends or the JVM exits.
 */
public final class RejoinOnItsOwnEngine implements BeforeAllCallback {

    static final String DATABASE = "rejoin_on_own_engine";
    static final String ADMIN = "fault-test-admin@rejoin.example";
    private static final Logger log = LoggerFactory.getLogger(RejoinOnItsOwnEngine.class);

    private static EmbeddedPostgres postgres;
    private static ZeebeTestEngine engine;
    private static EngineProxy proxy;
    private static CamundaClient direct;
    private static ConfigurableApplicationContext context;
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
        closeApp();
        context();
    }

    static EngineProxy proxy() {
        return proxy;
    }

    static ZeebeTestEngine engine() {
        return engine;
    }

    /** A client straight to the engine, past the proxy: what other users of a cluster do while the app is cut off. */
    static synchronized CamundaClient direct() {
        if (direct == null) {
            direct = CamundaClient.newClientBuilder().grpcAddress(URI.create("http://" + engine.getGatewayAddress()))
                    .preferRestOverGrpc(false).defaultRequestTimeout(Duration.ofSeconds(10)).build();
        }
        return direct;
    }

    /** The project directory (bpmn/, forms/). */
    static Path projectDirectory() {
        return Path.of("").toAbsolutePath();
    }

    private static ConfigurableApplicationContext start() {
        String jdbcUrl = database();
        engineAndProxy();
        long began = System.nanoTime();
        // command-line arguments: they outrank application.yml (rejoin.mode: embedded, server.port), which
        // SpringApplicationBuilder.properties(...) defaults would not
        List<String> args = List.of(
                "--rejoin.mode=external",
                "--spring.mail.host=127.0.0.1", "--rejoin.notifications.sender=rejoin@test.example",
                "--rejoin.notifications.public-base-url=http://localhost",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--camunda.client.mode=self-managed",
                "--camunda.client.grpc-address=http://" + proxy.address(),
                // the in-memory engine serves no REST API; a closed port makes the incident search fail at once
                "--camunda.client.rest-address=http://127.0.0.1:9",
                "--camunda.client.auth.method=none",
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
                "--rejoin.demo.open-cases=false",
                "--spring.main.banner-mode=off");
        ConfigurableApplicationContext started = new SpringApplicationBuilder(RejoinApplication.class)
                .run(args.toArray(String[]::new));
        log.info("Rejoin (external run) on its own in-memory engine {} behind the proxy {} and PostgreSQL {} started in {} ms",
                engine.getGatewayAddress(), proxy.address(), jdbcUrl, (System.nanoTime() - began) / 1_000_000);
        return started;
    }

    private static synchronized void engineAndProxy() {
        if (engine == null) {
            engine = EngineFactory.create();
            engine.start();
            proxy = new EngineProxy(engine.getGatewayAddress());
        }
    }

    /** A PostgreSQL server of this package's own (the external run starts none) with a fresh database. */
    private static synchronized String database() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
                try (Connection connection = postgres.getPostgresDatabase().getConnection();
                     Statement sql = connection.createStatement()) {
                    sql.execute("create database " + DATABASE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start PostgreSQL for the fault tests", e);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the database " + DATABASE, e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(RejoinOnItsOwnEngine::shutDown, "rejoin-on-own-engine-stop"));
        }
        return postgres.getJdbcUrl("postgres", DATABASE);
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
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change the test database's availability", e);
        }
    }

    private static synchronized void closeApp() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** Stops the app, its engine and its PostgreSQL; the next use starts them afresh. */
    public static synchronized void shutDown() {
        closeApp();
        if (direct != null) {
            direct.close();
            direct = null;
        }
        if (proxy != null) {
            proxy.close();
            proxy = null;
        }
        if (engine != null) {
            engine.stop();
            engine = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("PostgreSQL of the fault tests did not stop cleanly", e);
            }
            postgres = null;
        }
    }
}
