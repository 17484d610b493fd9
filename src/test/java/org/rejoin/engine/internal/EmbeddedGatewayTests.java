package org.rejoin.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.grpc.ServerProvider;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rejoin.engine.OneEngineAtATime;

/** The embedded run's engine's gRPC gateway is reachable from this machine only (issue 19, item 6). */
@Tag("own-engine")
@ExtendWith(OneEngineAtATime.class)
class EmbeddedGatewayTests {

    @Test
    void grpcServersAreBuiltByTheLoopbackProvider() {
        assertThat(ServerProvider.provider()).isInstanceOf(LoopbackGrpcServerProvider.class);
    }

    @Test
    void anEngineCreatedAsTheEmbeddedRunDoesListensOnLoopbackOnly() throws Exception {
        ZeebeTestEngine engine = LoopbackGrpcServerProvider.onLoopback(EngineFactory::create);
        engine.start();
        try {
            String address = engine.getGatewayAddress();
            int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
                assertThat(socket.isConnected()).isTrue();
            }
            List<String> table = new ArrayList<>();
            for (String file : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                if (Files.isReadable(Path.of(file))) {
                    table.addAll(Files.readAllLines(Path.of(file)));
                }
            }
            assumeTrue(!table.isEmpty(), "the kernel's socket tables are not readable here");
            assertThat(listenersOn(port, table))
                    .as("local addresses listening on the gateway's port").containsExactly("127.0.0.1");
        } finally {
            engine.stop();
        }
    }

    /** The local addresses of the sockets listening on a port, from Linux's /proc/net/tcp and tcp6. */
    private static List<String> listenersOn(int port, List<String> table) {
        String portHex = String.format(":%04X", port);
        return table.stream().map(String::trim).map(line -> line.split("\\s+"))
                .filter(columns -> columns.length > 3 && columns[1].endsWith(portHex) && "0A".equals(columns[3]))
                .map(columns -> address(columns[1].substring(0, columns[1].indexOf(':')))).toList();
    }

    /**
     * The kernel writes an address as hex words in host (little-endian) byte order: 8 digits for IPv4, 32 for
     * IPv6, where an IPv4-mapped address ends in the IPv4 word.
     */
    private static String address(String hex) {
        if (hex.length() == 32) {
            String v4 = hex.substring(24);
            return hex.startsWith("0000000000000000FFFF0000") ? address(v4) : "[" + hex + "]";
        }
        int value = (int) Long.parseLong(hex, 16);
        return (value & 0xff) + "." + (value >> 8 & 0xff) + "." + (value >> 16 & 0xff) + "." + (value >>> 24);
    }
}
