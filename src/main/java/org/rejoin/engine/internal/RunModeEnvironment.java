package org.rejoin.engine.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.logging.Log;
import org.rejoin.engine.RunMode;
import org.rejoin.engine.SettingsException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Before any bean exists: in the embedded run, starts PostgreSQL and Zeebe and points the
 * datasource and the Camunda client at them; in the external run, checks the settings that
 * have no sensible default, so a missing one is named instead of failing later and obscurely.
 */
public class RunModeEnvironment implements EnvironmentPostProcessor {

    /**
     * The embedded run's parts, which a production build (-Pproduction) leaves out of its jar: the PostgreSQL
     * binaries, and the in-memory engine whose jars are under Camunda's non-production licence (docs/operating/licences.md).
     */
    static final List<String> EMBEDDED_PARTS = List.of("io.zonky.test.db.postgres.embedded.EmbeddedPostgres",
            "io.camunda.zeebe.process.test.engine.EngineFactory", "io.camunda.zeebe.engine.Engine");

    private final Log log;
    private final Predicate<String> classPresent;

    public RunModeEnvironment(DeferredLogFactory logs) {
        this(logs, name -> ClassUtils.isPresent(name, RunModeEnvironment.class.getClassLoader()));
    }

    RunModeEnvironment(DeferredLogFactory logs, Predicate<String> classPresent) {
        this.log = logs.getLog(RunModeEnvironment.class);
        this.classPresent = classPresent;
    }

    /** False in a production build: the embedded run cannot start there. */
    static boolean embeddedPartsPresent(Predicate<String> classPresent) {
        return EMBEDDED_PARTS.stream().allMatch(classPresent);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (RunMode.of(environment) == RunMode.EXTERNAL) {
            ExternalSettings.requireComplete(environment);
            return;
        }
        if (!embeddedPartsPresent(classPresent)) {
            throw new SettingsException("This build of Rejoin has no embedded database or workflow engine "
                    + "(it was built with -Pproduction): set SPRING_PROFILES_ACTIVE=external and the settings in "
                    + "README.md, 'Configuration: your own PostgreSQL and Camunda'.");
        }
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.startOnce(log,
                EngineClockStart.behindWallClock(environment));
        Map<String, Object> settings = new HashMap<>();
        settings.put("spring.datasource.url", infrastructure.jdbcUrl());
        settings.put("spring.datasource.username", "postgres");
        settings.put("spring.datasource.password", "postgres");
        settings.put("camunda.client.mode", "self-managed");
        settings.put("camunda.client.grpc-address", "http://" + infrastructure.gatewayAddress());
        settings.put("camunda.client.auth.method", "none");
        environment.getPropertySources().addFirst(new MapPropertySource("rejoinEmbeddedInfrastructure", settings));
    }
}
