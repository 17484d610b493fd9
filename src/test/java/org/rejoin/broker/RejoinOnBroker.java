package org.rejoin.broker;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * The whole app in its external run, the way it is deployed: a real PostgreSQL server (embedded
 * PostgreSQL binaries, a database of its own) and the real broker of {@link ZeebeBroker}, over gRPC.
 * One per JVM, shared by every test class of this package; started with {@link SpringApplicationBuilder},
 * not {@code @SpringBootTest}, so the shared {@code @RejoinTest} context of the other tests is untouched.
 * Closed with the broker when the whole test run ends (passed or failed), or when the JVM exits.
 */
public final class RejoinOnBroker implements BeforeAllCallback {

    static final String DATABASE = "rejoin_on_broker";
    static final String ADMIN = "broker-test-admin@rejoin.example";
    private static final Logger log = LoggerFactory.getLogger(RejoinOnBroker.class);

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext context;
    private static Duration lastStart = Duration.ZERO;
    private static RuntimeException failedStart;

    @Override
    public void beforeAll(ExtensionContext junit) {
        new ZeebeBroker().beforeAll(junit);
        context();
        // added after the broker's, so JUnit closes it first
        junit.getRoot().getStore(ExtensionContext.Namespace.create(RejoinOnBroker.class))
                .getOrComputeIfAbsent("app", key -> (ExtensionContext.Store.CloseableResource) RejoinOnBroker::shutDown);
    }

    /** The running app, started on first use. */
    public static synchronized ConfigurableApplicationContext context() {
        if (failedStart != null) {
            throw new IllegalStateException("Rejoin failed to start on the real broker earlier in this run", failedStart);
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

    public static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    /** Closes the app and starts it again on the same database and broker (what an operator's restart does). */
    public static synchronized ConfigurableApplicationContext restart() {
        closeApp();
        return context();
    }

    /** How long the last start of the app took. */
    public static Duration lastStart() {
        return lastStart;
    }

    /** The project directory (bpmn/, forms/). */
    public static Path projectDirectory() {
        return ZeebeBroker.Layout.targetDirectory().getParent();
    }

    private static ConfigurableApplicationContext start() {
        ZeebeBroker.Broker broker = ZeebeBroker.get();
        String jdbcUrl = database();
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
                "--camunda.client.grpc-address=http://" + broker.gatewayAddress(),
                "--camunda.client.rest-address=http://" + broker.restAddress(),
                "--rejoin.security.initial-admin.username=" + ADMIN,
                "--rejoin.security.initial-admin.password=broker test admin password",
                "--server.port=0",
                // a lost activation answer (broker killed mid-answer) is offered again within the test's wait
                "--rejoin.inbox.activation-timeout=PT15S",
                // a database outage shows as a failed job within seconds, not Hikari's default 30 s
                "--spring.datasource.hikari.connection-timeout=3000",
                // support-plan reviews fall due seconds apart: a real broker cannot be time-travelled
                "--rejoin.plan.review-every=PT2S",
                "--spring.main.banner-mode=off");
        ConfigurableApplicationContext started = new SpringApplicationBuilder(RejoinApplication.class)
                .run(args.toArray(String[]::new));
        lastStart = Duration.ofNanos(System.nanoTime() - began);
        log.info("Rejoin (external run) on the real broker {} and PostgreSQL {} started in {} ms",
                broker.gatewayAddress(), jdbcUrl, lastStart.toMillis());
        return started;
    }

    /** A PostgreSQL server of this package's own (external mode starts none) with a fresh database. */
    private static synchronized String database() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
                try (Connection connection = postgres.getPostgresDatabase().getConnection();
                     Statement sql = connection.createStatement()) {
                    sql.execute("create database " + DATABASE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start PostgreSQL for the real-broker tests", e);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the database " + DATABASE, e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(RejoinOnBroker::shutDown, "rejoin-on-broker-stop"));
        }
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    /**
     * PostgreSQL goes away for the app: its database refuses new connections and the open ones are cut,
     * as when the server restarts or the network drops. The server itself stays up for {@link #databaseBack()}.
     */
    public static synchronized void databaseAway() {
        superuser("alter database " + DATABASE + " allow_connections false",
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + DATABASE
                        + "' and pid <> pg_backend_pid()");
    }

    public static synchronized void databaseBack() {
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

    /** For the throughput benchmark, which runs outside JUnit: the app, its database and the broker. */
    public static synchronized void shutDownForBenchmark() {
        shutDown();
        ZeebeBroker.stopIfStarted();
    }

    static synchronized void shutDown() {
        closeApp();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("PostgreSQL of the real-broker tests did not stop cleanly", e);
            }
            postgres = null;
        }
    }
}
