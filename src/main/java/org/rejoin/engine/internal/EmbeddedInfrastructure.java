package org.rejoin.engine.internal;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.TimerRecordValue;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * The PostgreSQL server and Zeebe engine of the embedded run: one of each per JVM, so that
 * several Spring contexts (as tests create) share them, stopped when the JVM exits once those
 * contexts are closed.
 */
final class EmbeddedInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedInfrastructure.class);
    private static volatile EmbeddedInfrastructure instance;

    private final EmbeddedPostgres postgres;
    private final ZeebeTestEngine engine;
    private final EmbeddedEngineWatch watch;
    private volatile Duration travelled = Duration.ZERO;

    private EmbeddedInfrastructure(EmbeddedPostgres postgres, ZeebeTestEngine engine, Duration behind) {
        this.postgres = postgres;
        this.engine = engine;
        this.watch = EmbeddedEngineWatch.of(engine);
        this.travelled = behind.negated();
    }

    /** Starts them once per JVM; the engine's clock starts this far behind the wall clock (the first caller decides). */
    static synchronized EmbeddedInfrastructure startOnce(Log startupLog, Duration behind) {
        if (instance == null) {
            instance = start(startupLog, behind);
            // After Spring has closed every context: a plain JVM hook (ours, or the one zonky adds by
            // default) runs beside Spring's and stops PostgreSQL while beans still use it, and
            // shutdown then hung 30 s waiting for a connection.
            SpringApplication.getShutdownHandlers().add(EmbeddedInfrastructure::stopIfStarted);
        }
        return instance;
    }

    private static EmbeddedInfrastructure start(Log startupLog, Duration behind) {
        try {
            long began = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            ZeebeTestEngine engine = LoopbackGrpcServerProvider.onLoopback(EngineFactory::create);
            // before it starts: set back once timers are scheduled, the clock would hold them until it returned
            engine.increaseTime(behind.negated());
            engine.start();
            startupLog.info("Embedded PostgreSQL on 127.0.0.1:" + postgres.getPort() + " and in-memory Zeebe engine "
                    + "(gRPC, loopback only) at " + gatewayAddress(engine) + " started in "
                    + (System.nanoTime() - began) / 1_000_000 + " ms");
            if (behind.isPositive()) {
                startupLog.info("The in-memory engine's clock starts " + behind.toDays() + " days behind today, for the "
                        + "demo's plans with a history; the demo brings it to today within a minute");
            }
            return new EmbeddedInfrastructure(postgres, engine, behind);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** host:port of the engine's gRPC gateway. */
    String gatewayAddress() {
        return gatewayAddress(engine);
    }

    /** The engine says 0.0.0.0:port; its gateway listens on loopback only ({@link LoopbackGrpcServerProvider}). */
    private static String gatewayAddress(ZeebeTestEngine engine) {
        String address = engine.getGatewayAddress();
        return "127.0.0.1" + address.substring(address.lastIndexOf(':'));
    }

    /** The key of the incident the in-memory engine raised for a job, read from its record stream. */
    static synchronized Optional<Long> incidentKeyOfJob(long jobKey) {
        if (instance == null) {
            return Optional.empty();
        }
        Long key = null;
        for (Record<?> record : instance.engine.getRecordStreamSource().getRecords()) {
            if (record.getValueType() == ValueType.INCIDENT && record.getIntent() == IncidentIntent.CREATED
                    && ((IncidentRecordValue) record.getValue()).getJobKey() == jobKey) {
                key = record.getKey(); // the newest: a job can fail again after a retry
            }
        }
        return Optional.ofNullable(key);
    }

    /** Moves the in-memory engine's clock forward; timers that fall due fire. */
    static synchronized void travel(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("The engine's clock only goes forward: set back, it holds every timer "
                    + "until it has returned (docs/decisions/0011-the-engine-clock-only-goes-forward.md)");
        }
        EmbeddedInfrastructure running = running();
        running.engine.increaseTime(by);
        running.travelled = running.travelled.plus(by);
    }

    /** Read on every reading of the app's clock: no lock (the field is volatile; travel is synchronized). */
    static Duration travelled() {
        EmbeddedInfrastructure running = instance;
        return running == null ? Duration.ZERO : running.travelled;
    }

    /** Timers of this element created, read from the record stream (fired or cancelled since, or not). */
    static synchronized long timersSet(String elementId) {
        long count = 0;
        for (Record<?> record : running().engine.getRecordStreamSource().getRecords()) {
            if (record.getValueType() == ValueType.TIMER && record.getIntent() == TimerIntent.CREATED
                    && elementId.equals(((TimerRecordValue) record.getValue()).getTargetElementId())) {
                count++;
            }
        }
        return count;
    }

    private static EmbeddedInfrastructure running() {
        if (instance == null) {
            throw new IllegalStateException("The in-memory engine is not running");
        }
        return instance;
    }

    /** Why the in-memory engine has stopped processing, when it has; empty while it runs or when none started. */
    static synchronized Optional<String> engineFailure() {
        return instance == null ? Optional.empty() : instance.watch.failure();
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
