package org.rejoin.engine.internal;

import java.util.HashMap;
import java.util.Map;
import org.rejoin.engine.RunMode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Before any bean exists: in the embedded run, starts PostgreSQL and Zeebe and points the
 * datasource and the Camunda client at them; in the external run, checks the settings that
 * have no sensible default, so a missing one is named instead of failing later and obscurely.
 */
public class RunModeEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (RunMode.of(environment) == RunMode.EXTERNAL) {
            ExternalSettings.requireComplete(environment);
            return;
        }
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.startOnce();
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
