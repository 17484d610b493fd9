package org.rejoin.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP proxy on loopback between the app's Camunda client and the engine's gRPC gateway, to make the
 * engine unreachable and bring it back, the way a network fault or a restarting gateway does to the app.
 * The listening port never changes, so the client reconnects to the same address.
 * <ul>
 * <li>{@link #cut()}: every open connection is dropped (a reset, not a polite close) and new ones are
 *     accepted and dropped at once, so the client sees UNAVAILABLE and backs off;</li>
 * <li>{@link #loseAnswers()}: requests still reach the engine, but its answers are thrown away, as when the
 *     engine has done something and the network dies before its answer arrives;</li>
 * <li>{@link #restore()}: connections pass again (a fresh connection; the one that lost answers is dropped).</li>
 * </ul>
 */
final class EngineProxy implements AutoCloseable {

    enum State { PASSING, CUT, LOSING_ANSWERS }

    private static final Logger log = LoggerFactory.getLogger(EngineProxy.class);

    private final InetSocketAddress engine;
    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile State state = State.PASSING;

    EngineProxy(String engineHostAndPort) {
        String[] parts = engineHostAndPort.split(":");
        this.engine = new InetSocketAddress(parts[0], Integer.parseInt(parts[1]));
        try {
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the engine proxy's port", e);
        }
        Thread.ofPlatform().daemon().name("engine-proxy-accept").start(this::acceptLoop);
    }

    /** host:port the app's client should use. */
    String address() {
        return "127.0.0.1:" + listener.getLocalPort();
    }

    State state() {
        return state;
    }

    void cut() {
        state = State.CUT;
        dropOpenConnections();
    }

    void loseAnswers() {
        state = State.LOSING_ANSWERS;
    }

    void restore() {
        if (state != State.PASSING) {
            dropOpenConnections();
        }
        state = State.PASSING;
    }

    @Override
    public void close() {
        state = State.CUT;
        dropOpenConnections();
        try {
            listener.close();
        } catch (IOException e) {
            log.debug("engine proxy listener close", e);
        }
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (state == State.CUT) {
                    reset(client);
                    continue;
                }
                Socket upstream = new Socket();
                upstream.connect(engine, 5_000);
                open.add(client);
                open.add(upstream);
                pump(client, upstream, false);
                pump(upstream, client, true);
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    log.debug("engine proxy accept", e);
                }
            }
        }
    }

    /** Copies bytes one way; answers (engine to app) are dropped while answers are being lost. */
    private void pump(Socket from, Socket to, boolean answers) {
        Thread.ofPlatform().daemon().name("engine-proxy-" + (answers ? "answers" : "requests")).start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (state == State.CUT) {
                        break;
                    }
                    if (answers && state == State.LOSING_ANSWERS) {
                        continue;
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side went away or was dropped: close both ends below
            } finally {
                reset(from);
                reset(to);
            }
        });
    }

    private void dropOpenConnections() {
        for (Socket socket : open) {
            reset(socket);
        }
    }

    private void reset(Socket socket) {
        open.remove(socket);
        try {
            if (!socket.isClosed()) {
                socket.setSoLinger(true, 0); // RST: the peer learns at once, as with a dead host's gateway
                socket.close();
            }
        } catch (IOException e) {
            log.debug("engine proxy close", e);
        }
    }
}
