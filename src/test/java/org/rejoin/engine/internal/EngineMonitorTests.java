package org.rejoin.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** A real client pointed at a port where no engine listens, as when the cluster is down. */
class EngineMonitorTests {

    @Test
    void anUnreachableEngineIsReportedWithItsAddress() throws Exception {
        int deadPort;
        try (var socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        try (CamundaClient client = CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://127.0.0.1:" + deadPort))
                .restAddress(URI.create("http://127.0.0.1:" + deadPort))
                .preferRestOverGrpc(false)
                .build()) {
            var monitor = new EngineMonitor(client);
            assertThat(monitor.isAvailable()).isFalse();
            assertThat(monitor.problem()).contains("127.0.0.1:" + deadPort).contains("did not answer");
            assertThat(monitor.deployedResources()).isEmpty();
        }
    }
}
