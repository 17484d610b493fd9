package org.rejoin.engine.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ExternalSettingsTests {

    private MockEnvironment complete() {
        return new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/rejoin")
                .withProperty("spring.datasource.username", "rejoin")
                .withProperty("spring.datasource.password", "s3cret-enough")
                .withProperty("camunda.client.grpc-address", "http://zeebe:26500")
                .withProperty("spring.mail.host", "smtp.school.example")
                .withProperty("rejoin.notifications.sender", "rejoin@school.example")
                .withProperty("rejoin.notifications.public-base-url", "https://rejoin.school.example");
    }

    @Test
    void emailNeedsAnSmtpServerASenderAndThePublicAddress() {
        var environment = complete().withProperty("spring.mail.host", "").withProperty("rejoin.notifications.sender", "")
                .withProperty("rejoin.notifications.public-base-url", "");
        assertThatThrownBy(() -> ExternalSettings.requireComplete(environment))
                .hasMessageContaining("spring.mail.host (SPRING_MAIL_HOST)")
                .hasMessageContaining("rejoin.notifications.sender (REJOIN_NOTIFICATIONS_SENDER)")
                .hasMessageContaining("rejoin.notifications.public-base-url (REJOIN_NOTIFICATIONS_PUBLICBASEURL)");
    }

    @Test
    void refusesAPublicAddressThatIsNotAWebAddress() {
        var environment = complete().withProperty("rejoin.notifications.public-base-url", "rejoin.school.example");
        assertThatThrownBy(() -> ExternalSettings.requireComplete(environment))
                .hasMessageContaining("rejoin.notifications.public-base-url must be the address");
    }

    @Test
    void acceptsACompleteSelfManagedConfiguration() {
        assertThatCode(() -> ExternalSettings.requireComplete(complete())).doesNotThrowAnyException();
    }

    @Test
    void namesEveryMissingPropertyAndItsEnvironmentVariable() {
        var environment = complete().withProperty("spring.datasource.url", "").withProperty("camunda.client.grpc-address", " ");
        assertThatThrownBy(() -> ExternalSettings.requireComplete(environment))
                .hasMessageContaining("spring.datasource.url (SPRING_DATASOURCE_URL)")
                .hasMessageContaining("camunda.client.grpc-address (CAMUNDA_CLIENT_GRPCADDRESS)")
                .hasMessageNotContaining("username");
    }

    @Test
    void saasNeedsClusterAndClientCredentialsInsteadOfAnAddress() {
        var environment = complete().withProperty("camunda.client.mode", "saas")
                .withProperty("camunda.client.cloud.cluster-id", "abc");
        assertThatThrownBy(() -> ExternalSettings.requireComplete(environment))
                .hasMessageContaining("camunda.client.auth.client-id")
                .hasMessageContaining("camunda.client.auth.client-secret")
                .hasMessageNotContaining("grpc-address");
    }

    @Test
    void refusesADatabaseThatIsNotPostgres() {
        var environment = complete().withProperty("spring.datasource.url", "jdbc:mysql://db/rejoin");
        assertThatThrownBy(() -> ExternalSettings.requireComplete(environment))
                .hasMessageContaining("must be a PostgreSQL JDBC URL");
    }
}
