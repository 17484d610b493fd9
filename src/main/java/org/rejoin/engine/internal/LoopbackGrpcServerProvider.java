package org.rejoin.engine.internal;

import io.grpc.ServerBuilder;
import io.grpc.ServerProvider;
import io.grpc.netty.NettyServerBuilder;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.function.Supplier;

/**
 * Lets the embedded run's engine listen on loopback only. The in-memory engine builds its gateway with
 * {@code ServerBuilder.forPort}, which listens on all interfaces, and offers no setting for the address; gRPC
 * picks the server provider of highest priority (Netty's is 5), so this one, registered in
 * {@code META-INF/services/io.grpc.ServerProvider}, is asked. It binds loopback for servers built inside
 * {@link #onLoopback}, which the embedded infrastructure wraps around creating its engine, and leaves every
 * other server as Netty would build it: the process tests' own engines hand their clients the address
 * {@code 0.0.0.0:port}, which a loopback-only server does not answer over gRPC.
 */
public final class LoopbackGrpcServerProvider extends ServerProvider {

    private static final ThreadLocal<Boolean> LOOPBACK = ThreadLocal.withInitial(() -> false);

    /** Whatever gRPC servers {@code create} builds by port listen on 127.0.0.1 only. */
    static <T> T onLoopback(Supplier<T> create) {
        LOOPBACK.set(true);
        try {
            return create.get();
        } finally {
            LOOPBACK.remove();
        }
    }

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
        return LOOPBACK.get()
                ? NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                : NettyServerBuilder.forPort(port);
    }
}
