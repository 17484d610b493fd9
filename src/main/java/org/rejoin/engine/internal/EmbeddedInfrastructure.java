package org.rejoin.engine.internal;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.logging.Log;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server and Zeebe engine of the embedded run: one of each per JVM, so that
 * several Spring contexts (as tests create) share them, stopped when the JVM exits.
 */
final class EmbeddedInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedInfrastructure.class);
    private static EmbeddedInfrastructure instance;

    private final EmbeddedPostgres postgres;
    private final ZeebeTestEngine engine;

    private EmbeddedInfrastructure(EmbeddedPostgres postgres, ZeebeTestEngine engine) {
        this.postgres = postgres;
        this.engine = engine;
    }

    static synchronized EmbeddedInfrastructure startOnce(Log startupLog) {
        if (instance == null) {
            instance = start(startupLog);
            EmbeddedInfrastructure started = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                awaitSpringShutdown();
                started.stop();
            }, "embedded-infrastructure-stop"));
        }
        return instance;
    }

    private static EmbeddedInfrastructure start(Log startupLog) {
        try {
            long began = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            ZeebeTestEngine engine = EngineFactory.create();
            engine.start();
            startupLog.info("Embedded PostgreSQL on 127.0.0.1:" + postgres.getPort() + " and in-memory Zeebe engine "
                    + "(gRPC, all interfaces) at " + engine.getGatewayAddress() + " started in "
                    + (System.nanoTime() - began) / 1_000_000 + " ms");
            return new EmbeddedInfrastructure(postgres, engine);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** host:port of the engine's gRPC gateway. */
    String gatewayAddress() {
        return engine.getGatewayAddress();
    }

    /**
     * The JVM runs shutdown hooks all at once: stopping PostgreSQL while Spring is still closing its
     * contexts leaves their last database calls waiting for a connection (30 s). So this waits for
     * Spring's own hooks first (both name their threads "...ShutdownHook").
     */
    private static void awaitSpringShutdown() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        // the JVM starts the hooks one after another: give Spring's a moment to appear
        long lookUntil = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(500);
        java.util.List<Thread> springHooks;
        do {
            springHooks = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t != Thread.currentThread() && t.getName().endsWith("ShutdownHook")).toList();
            if (springHooks.isEmpty() && !pause()) {
                return;
            }
        } while (springHooks.isEmpty() && System.nanoTime() < lookUntil);
        for (Thread thread : springHooks) {
            try {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(20);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static synchronized void stopIfStarted() {
        if (instance != null) {
            instance.stop();
            instance = null;
        }
    }

    private void stop() {
        engine.stop();
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
