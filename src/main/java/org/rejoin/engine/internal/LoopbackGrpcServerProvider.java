package org.rejoin.engine.internal;

import io.grpc.ServerBuilder;
import io.grpc.ServerProvider;
import io.grpc.netty.NettyServerBuilder;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Makes every gRPC server this JVM starts by port alone listen on loopback only. The in-memory engine
 * builds its gateway with {@code ServerBuilder.forPort}, which on its own listens on all interfaces, and
 * offers no setting for the address; gRPC picks the server provider of highest priority (Netty's is 5),
 * so this one, registered in {@code META-INF/services/io.grpc.ServerProvider}, is chosen. Only the embedded
 * engine starts a gRPC server in Rejoin: the client side is untouched.
 */
public final class LoopbackGrpcServerProvider extends ServerProvider {

    @Override
    protected boolean isAvailable() {
        return true;
    }

    @Override
    protected int priority() {
        return 10;
    }

    @Override
    protected ServerBuilder<?> builderForPort(int port) {
        return NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }
}
