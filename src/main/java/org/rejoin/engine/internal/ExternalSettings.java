package org.rejoin.engine.internal;

import java.util.ArrayList;
import java.util.List;
import org.rejoin.engine.SettingsException;
import org.springframework.core.env.Environment;

/** The settings an external deployment must give; checked at start-up so the message names them. */
final class ExternalSettings {

    private ExternalSettings() {
    }

    static void requireComplete(Environment environment) {
        List<String> missing = new ArrayList<>();
        require(environment, "spring.datasource.url", "SPRING_DATASOURCE_URL", missing);
        require(environment, "spring.datasource.username", "SPRING_DATASOURCE_USERNAME", missing);
        require(environment, "spring.datasource.password", "SPRING_DATASOURCE_PASSWORD", missing);
        if ("saas".equalsIgnoreCase(environment.getProperty("camunda.client.mode"))) {
            require(environment, "camunda.client.cloud.cluster-id", "CAMUNDA_CLIENT_CLOUD_CLUSTERID", missing);
            require(environment, "camunda.client.auth.client-id", "CAMUNDA_CLIENT_AUTH_CLIENTID", missing);
            require(environment, "camunda.client.auth.client-secret", "CAMUNDA_CLIENT_AUTH_CLIENTSECRET", missing);
        } else {
            require(environment, "camunda.client.grpc-address", "CAMUNDA_CLIENT_GRPCADDRESS", missing);
        }
        // notifications (issue 18): where emails go out, who they are from, where their links point
        require(environment, "spring.mail.host", "SPRING_MAIL_HOST", missing);
        require(environment, "rejoin.notifications.sender", "REJOIN_NOTIFICATIONS_SENDER", missing);
        require(environment, "rejoin.notifications.public-base-url", "REJOIN_NOTIFICATIONS_PUBLICBASEURL", missing);
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.isBlank() && !url.startsWith("jdbc:postgresql:")) {
            throw new SettingsException("Property spring.datasource.url must be a PostgreSQL JDBC URL "
                    + "(jdbc:postgresql://host:5432/rejoin), not '" + url + "'");
        }
        String base = environment.getProperty("rejoin.notifications.public-base-url", "");
        if (!base.isBlank() && !base.startsWith("https://") && !base.startsWith("http://")) {
            throw new SettingsException("Property rejoin.notifications.public-base-url must be the address people "
                    + "open Rejoin at (https://rejoin.example.org), not '" + base + "'");
        }
        if (!missing.isEmpty()) {
            throw new SettingsException("Rejoin runs with rejoin.mode=external but these settings are missing: "
                    + String.join(", ", missing) + ". See README.md, 'Running against your own PostgreSQL and Camunda'.");
        }
    }

    private static void require(Environment environment, String property, String variable, List<String> missing) {
        String value = environment.getProperty(property);
        if (value == null || value.isBlank()) {
            missing.add(property + " (" + variable + ")");
        }
    }
}
