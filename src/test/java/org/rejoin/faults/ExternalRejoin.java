package org.rejoin.faults;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.rejoin.RejoinApplication;
import org.rejoin.engine.OneEngineAtATime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Rejoin in its external run (profile "external", as it is deployed) on parts of its own: a PostgreSQL server from
 * embedded binaries with a database of its own, and an in-memory Zeebe engine; plus whatever arguments a test adds.
 * Started with {@link SpringApplicationBuilder}, not {@code @SpringBootTest}, so the test framework's cached context
 * stays the one shared context. Serves the fault tests ({@link RejoinOnItsOwnEngine}: behind a proxy, restarted on
 * the same parts) and the browser tests of a fresh deployment ({@link #servedAt}).
 */
public final class ExternalRejoin implements AutoCloseable {

    /** The first administrator of a deployment started by {@link #servedAt}, with a start-up password. */
    public static final String FIRST_ADMIN = "first-admin@authority.example";
    public static final String FIRST_ADMIN_PASSWORD = "a long first administrator password";

    private static final Logger log = LoggerFactory.getLogger(ExternalRejoin.class);

    private final EmbeddedPostgres postgres;
    private final ZeebeTestEngine engine;
    private final String jdbcUrl;
    private ConfigurableApplicationContext app;

    private ExternalRejoin(EmbeddedPostgres postgres, ZeebeTestEngine engine, String jdbcUrl) {
        this.postgres = postgres;
        this.engine = engine;
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * A PostgreSQL server with a fresh database of this name, and an in-memory engine; the app not yet started. The
     * long-lived engine, if one is running, is stopped first ({@link OneEngineAtATime}).
     */
    public static ExternalRejoin parts(String database) {
        OneEngineAtATime.stopTheLongLivedEngine();
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL for Rejoin's external run", e);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("create database " + database);
        } catch (SQLException e) {
            close(postgres);
            throw new IllegalStateException("Could not create the database " + database, e);
        }
        ZeebeTestEngine engine = EngineFactory.create();
        engine.start();
        return new ExternalRejoin(postgres, engine, postgres.getJdbcUrl("postgres", database));
    }

    /**
     * A fresh deployment for a browser: Rejoin on parts of its own, served over plain HTTP at {@code base}
     * ({@code http://host:port}; a deployment sits behind TLS, where the session cookie stays Secure), with
     * {@link #FIRST_ADMIN} as its first administrator, plus these arguments.
     */
    public static ExternalRejoin servedAt(String base, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--rejoin.security.initial-admin.username=" + FIRST_ADMIN,
                "--rejoin.security.initial-admin.password=" + FIRST_ADMIN_PASSWORD,
                "--rejoin.security.invitation.base-url=" + base,
                "--rejoin.notifications.public-base-url=" + base,
                "--rejoin.notifications.sender=rejoin@authority.example",
                "--server.port=" + URI.create(base).getPort(),
                "--server.servlet.session.cookie.secure=false"));
        args.addAll(List.of(extra));
        ExternalRejoin rejoin = parts("rejoin");
        try {
            rejoin.start(rejoin.gatewayAddress(), args);
        } catch (RuntimeException e) {
            rejoin.close();
            throw e;
        }
        return rejoin;
    }

    /**
     * Starts the app on these parts, its Camunda client to this gRPC address (the engine's, or a proxy's in front of
     * it). Command-line arguments: they outrank application.yml (rejoin.mode: embedded, server.port), which
     * {@link SpringApplicationBuilder#properties} defaults would not.
     */
    public ConfigurableApplicationContext start(String grpcAddress, List<String> extra) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=external",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--camunda.client.mode=self-managed",
                "--camunda.client.grpc-address=http://" + grpcAddress,
                // the in-memory engine serves no REST API; a closed port makes the incident search fail at once
                "--camunda.client.rest-address=http://127.0.0.1:9",
                "--camunda.client.auth.method=none",
                "--spring.mail.host=127.0.0.1",
                "--spring.main.banner-mode=off"));
        args.addAll(extra);
        long began = System.nanoTime();
        app = new SpringApplicationBuilder(RejoinApplication.class).run(args.toArray(String[]::new));
        log.info("Rejoin (external run) on its own in-memory engine {} (client to {}) and PostgreSQL {} started in {} ms",
                engine.getGatewayAddress(), grpcAddress, jdbcUrl, (System.nanoTime() - began) / 1_000_000);
        return app;
    }

    /** The running app, or null before {@link #start} and after {@link #stopApp}. */
    public ConfigurableApplicationContext app() {
        return app;
    }

    public <T> T bean(Class<T> type) {
        return app.getBean(type);
    }

    public ZeebeTestEngine engine() {
        return engine;
    }

    public String gatewayAddress() {
        return engine.getGatewayAddress();
    }

    /** The server's own database, as its superuser: for taking the app's database away and giving it back. */
    public DataSource server() {
        return postgres.getPostgresDatabase();
    }

    /** Closes the app; the database and the engine stay, for a restart. */
    public void stopApp() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    /** Stops the app, its engine and its PostgreSQL. */
    @Override
    public void close() {
        stopApp();
        engine.stop();
        close(postgres);
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("PostgreSQL of Rejoin's external run did not stop cleanly", e);
        }
    }

    /** A port nobody listens on now, for a server that must know its address before it starts. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
