package org.rejoin.engine.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rejoin.RejoinApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

class ExternalStartupTests {

    @Test
    void externalRunWithoutSettingsStopsAtStartUpNamingWhatIsMissing() {
        var app = new SpringApplicationBuilder(RejoinApplication.class).profiles("external")
                .properties("server.port=0", "camunda.client.grpc-address=");
        assertThatThrownBy(app::run)
                .isInstanceOf(org.rejoin.engine.SettingsException.class)
                .hasMessageContaining("spring.datasource.url (SPRING_DATASOURCE_URL)")
                .hasMessageContaining("camunda.client.grpc-address (CAMUNDA_CLIENT_GRPCADDRESS)");
    }
}
