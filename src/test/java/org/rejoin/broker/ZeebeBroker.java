package org.rejoin.broker;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.PartitionBrokerHealth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real, standalone Zeebe broker (the {@code io.camunda:camunda-zeebe} distribution the build unpacks
 * into target/broker/dist) for the tests of this package: one per JVM, on loopback with free ports, its
 * own YAML and a fresh data directory under target/broker/, log in target/broker/broker.log.
 * <p>
 * Use it with {@code @ExtendWith(ZeebeBroker.class)}: it starts the broker before the first such class
 * and stops it when the whole test run ends, passed or failed (the JUnit root store closes it), or when
 * the JVM exits anyway (shutdown hook). Tests get it injected as a parameter or from {@link #get()}.
 * For fault tests it offers {@link #kill9()} and {@link #restart()} (same data directory, same ports).
 */
public final class ZeebeBroker implements BeforeAllCallback, ParameterResolver {

    /** The distribution unpacked by maven-dependency-plugin (pom.xml, execution unpack-zeebe-broker, zeebe-broker.version). */
    static final String DISTRIBUTION_PREFIX = "camunda-zeebe-";
    static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    static final String PID_FILE = "broker.pid";
    private static final Logger log = LoggerFactory.getLogger(ZeebeBroker.class);
    private static Broker instance;
    private static RuntimeException failedStart;

    @Override
    public void beforeAll(ExtensionContext context) {
        Broker broker = startOnce();
        // closed once, after the last test of the whole run, whether tests passed or not
        context.getRoot().getStore(ExtensionContext.Namespace.create(ZeebeBroker.class))
                .getOrComputeIfAbsent("broker", key -> (ExtensionContext.Store.CloseableResource) ZeebeBroker::stopIfStarted);
        log.debug("Zeebe broker for {} at {}", context.getDisplayName(), broker.gatewayAddress());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Broker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return startOnce();
    }

    /** The broker of this JVM, started on first use. */
    public static synchronized Broker get() {
        return startOnce();
    }

    private static synchronized Broker startOnce() {
        if (failedStart != null) {
            // one try per JVM: every further class fails at once with the first cause, not after another timeout
            throw new IllegalStateException("The Zeebe broker failed to start earlier in this run", failedStart);
        }
        if (instance == null) {
            try {
                Broker broker = new Broker(Layout.find().cleanedUp());
                Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "zeebe-broker-stop"));
                broker.start();
                instance = broker;
            } catch (RuntimeException e) {
                failedStart = e;
                throw e;
            }
        }
        return instance;
    }

    static synchronized void stopIfStarted() {
        if (instance != null) {
            instance.stop();
            instance = null;
        }
    }

    /** Where things are: the unpacked distribution, this run's directory, the log and a JDK 21+. */
    record Layout(Path target, Path home, Path runDirectory, Path log, Path javaHome) {

        static Layout find() {
            Path target = targetDirectory();
            Path dist = target.resolve("broker/dist");
            Path home;
            try (Stream<Path> unpacked = Files.list(dist)) {
                // the newest, should an older version still lie there after a version change without 'clean'
                home = unpacked.filter(p -> p.getFileName().toString().startsWith(DISTRIBUTION_PREFIX))
                        .filter(p -> Files.isExecutable(p.resolve("bin/broker")))
                        .max(Comparator.comparing(p -> Runtime.Version.parse(
                                p.getFileName().toString().substring(DISTRIBUTION_PREFIX.length()))))
                        .orElseThrow(() -> new IOException("no " + DISTRIBUTION_PREFIX + "* with bin/broker"));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("No Zeebe broker under " + dist + " (" + e.getMessage() + "): the build "
                        + "unpacks it in the process-test-resources phase; run './mvnw process-test-resources' "
                        + "(or any test run through Maven) first");
            }
            Path runDirectory = target.resolve("broker/run-" + Instant.now().toEpochMilli());
            return new Layout(target, home, runDirectory, target.resolve("broker/broker.log"), findJavaHome());
        }

        /**
         * Removes the directories of earlier runs and starts the log afresh, but leaves alone a broker another
         * build (sharing this target/) still runs: its run directory names a live process in {@code broker.pid}.
         */
        Layout cleanedUp() {
            try {
                Files.createDirectories(log.getParent());
                boolean othersRunning = false;
                try (Stream<Path> earlier = Files.list(log.getParent())) {
                    for (Path run : earlier.filter(p -> p.getFileName().toString().startsWith("run-")).toList()) {
                        if (brokerAlive(run)) {
                            othersRunning = true;
                        } else {
                            org.springframework.util.FileSystemUtils.deleteRecursively(run);
                        }
                    }
                }
                if (!othersRunning) {
                    Files.deleteIfExists(log);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not clean up " + log.getParent(), e);
            }
            return this;
        }

        private static boolean brokerAlive(Path run) {
            try {
                long pid = Long.parseLong(Files.readString(run.resolve(PID_FILE)).trim());
                return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            } catch (IOException | NumberFormatException e) {
                return false;
            }
        }

        /** target/, found from this class's own location (target/test-classes), whatever the working directory. */
        static Path targetDirectory() {
            try {
                Path classes = Path.of(ZeebeBroker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                return classes.getParent();
            } catch (URISyntaxException e) {
                throw new IllegalStateException("Cannot locate target/", e);
            }
        }

        /** The test JVM's own JDK when it is 21+ (Maven's toolchain picks one), else the newest 21+ found. */
        private static Path findJavaHome() {
            if (Runtime.version().feature() >= 21) {
                return Path.of(System.getProperty("java.home"));
            }
            List<Path> candidates = new ArrayList<>();
            Optional.ofNullable(System.getenv("JAVA_HOME")).map(Path::of).ifPresent(candidates::add);
            for (String root : List.of("/usr/lib/jvm", "/usr/java", "/opt/java")) {
                try (Stream<Path> homes = Files.list(Path.of(root))) {
                    homes.forEach(candidates::add);
                } catch (IOException e) {
                    // not there
                }
            }
            return candidates.stream().filter(home -> Files.isExecutable(home.resolve("bin/java")))
                    .filter(home -> majorVersion(home) >= 21)
                    .max(Comparator.comparingInt(Layout::majorVersion))
                    .orElseThrow(() -> new IllegalStateException("The Zeebe broker needs a JDK 21 or newer and none "
                            + "was found in JAVA_HOME or /usr/lib/jvm"));
        }

        private static int majorVersion(Path home) {
            try {
                for (String line : Files.readAllLines(home.resolve("release"))) {
                    if (line.startsWith("JAVA_VERSION=\"")) {
                        String version = line.substring("JAVA_VERSION=\"".length());
                        return Integer.parseInt(version.split("[.\"]")[0]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not a JDK we can read
            }
            return 0;
        }
    }

    /** A running (or killed) broker process with fixed ports and data directory. */
    public static final class Broker {

        private final Layout layout;
        private final int gatewayPort;
        private final int commandPort;
        private final int internalPort;
        private final int restPort;
        private final int monitoringPort;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private Process process;
        private Duration lastStart = Duration.ZERO;

        Broker(Layout layout) {
            this.layout = layout;
            int[] ports = freePorts(5);
            this.gatewayPort = ports[0];
            this.commandPort = ports[1];
            this.internalPort = ports[2];
            this.restPort = ports[3];
            this.monitoringPort = ports[4];
            writeConfiguration();
        }

        /** host:port of the embedded gateway (gRPC). */
        public String gatewayAddress() {
            return "127.0.0.1:" + gatewayPort;
        }

        /** The broker's REST server (the 8.6 REST API; the app talks gRPC). */
        public String restAddress() {
            return "127.0.0.1:" + restPort;
        }

        /** How long the last start took until the broker was ready. */
        public Duration lastStart() {
            return lastStart;
        }

        public synchronized boolean isRunning() {
            return process != null && process.isAlive();
        }

        synchronized void start() {
            if (isRunning()) {
                return;
            }
            long began = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(layout.home().resolve("bin/broker").toString())
                    .directory(layout.runDirectory().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.log().toFile()));
            builder.environment().put("JAVA_HOME", layout.javaHome().toString());
            builder.environment().put("SPRING_CONFIG_LOCATION", configuration().toString());
            builder.environment().put("JAVA_OPTS", "-Xms128m -Xmx512m -XX:+UseParallelGC");
            builder.environment().remove("JAVACMD");
            builder.environment().remove("CLASSPATH");
            try {
                appendToLog("---- starting broker (" + layout.javaHome() + ", gateway " + gatewayAddress()
                        + ", data " + dataDirectory() + ")");
                process = builder.start();
                Files.writeString(layout.runDirectory().resolve(PID_FILE), String.valueOf(process.pid()));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start " + layout.home().resolve("bin/broker"), e);
            }
            awaitReady();
            lastStart = Duration.ofNanos(System.nanoTime() - began);
            log.info("Zeebe broker {} ready at {} after {} s (log {})", layout.home().getFileName(), gatewayAddress(),
                    lastStart.toSeconds(), layout.log());
        }

        /** kill -9 of the broker and every process it started: no shutdown, no flush beyond what it already did. */
        public synchronized void kill9() {
            if (process == null) {
                return;
            }
            ProcessHandle handle = process.toHandle();
            List<ProcessHandle> tree = new ArrayList<>(handle.descendants().toList());
            tree.add(handle);
            tree.forEach(ProcessHandle::destroyForcibly);
            waitFor(tree, Duration.ofSeconds(30));
            appendToLog("---- broker killed (kill -9)");
            process = null;
        }

        /** Starts it again on the same data directory and ports; waits until it is ready. */
        public synchronized void restart() {
            if (isRunning()) {
                stop();
            }
            start();
        }

        /** Asks it to stop (SIGTERM), then kills it if it has not stopped within 30 seconds. */
        public synchronized void stop() {
            if (process == null) {
                return;
            }
            ProcessHandle handle = process.toHandle();
            List<ProcessHandle> tree = new ArrayList<>(handle.descendants().toList());
            tree.add(handle);
            handle.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    tree.forEach(ProcessHandle::destroyForcibly);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                tree.forEach(ProcessHandle::destroyForcibly);
            }
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            waitFor(tree, Duration.ofSeconds(10));
            appendToLog("---- broker stopped");
            process = null;
        }

        private void awaitReady() {
            URI readiness = URI.create("http://127.0.0.1:" + monitoringPort + "/actuator/health/readiness");
            Instant deadline = Instant.now().plus(READY_TIMEOUT);
            String last = "no answer";
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw notReady("exited with code " + process.exitValue());
                }
                try {
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(readiness)
                            .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200 && partitionHasHealthyLeader()) {
                        return;
                    }
                    last = "HTTP " + answer.statusCode() + " " + answer.body();
                } catch (IOException e) {
                    last = e.toString();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw notReady("interrupted");
                }
                try {
                    process.waitFor(500, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw notReady("interrupted");
                }
            }
            stop();
            throw notReady("not ready after " + READY_TIMEOUT.toSeconds() + " s (last readiness answer: " + last + ")");
        }

        /** Readiness says the process is up; commands need partition 1 to have a healthy leader. */
        private boolean partitionHasHealthyLeader() {
            try (CamundaClient client = client()) {
                return client.newTopologyRequest().useGrpc().requestTimeout(Duration.ofSeconds(5)).send().join()
                        .getBrokers().stream().flatMap(b -> b.getPartitions().stream())
                        .anyMatch(p -> p.isLeader() && p.getHealth() == PartitionBrokerHealth.HEALTHY);
            } catch (RuntimeException e) {
                return false;
            }
        }

        /** A plain gRPC client of this broker, for tests that talk to it directly; close it. */
        public CamundaClient client() {
            return CamundaClient.newClientBuilder().grpcAddress(URI.create("http://" + gatewayAddress()))
                    .restAddress(URI.create("http://" + restAddress())).preferRestOverGrpc(false)
                    .applyEnvironmentVariableOverrides(false).build();
        }

        private IllegalStateException notReady(String why) {
            return new IllegalStateException("The Zeebe broker (" + layout.home() + ", gateway " + gatewayAddress()
                    + ") did not become ready: " + why + ". Last lines of " + layout.log() + ":\n" + logTail(60));
        }

        /** The last lines of the broker log, for failure messages. */
        public String logTail(int lines) {
            try {
                List<String> all = Files.readAllLines(layout.log(), StandardCharsets.UTF_8);
                return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
            } catch (IOException | UncheckedIOException e) {
                return "(cannot read the log: " + e + ")";
            }
        }

        private Path configuration() {
            return layout.runDirectory().resolve("broker.yaml");
        }

        private Path dataDirectory() {
            return layout.runDirectory().resolve("data");
        }

        /** The project's broker configuration (src/test/resources/broker/broker.yaml) with this run's values. */
        private void writeConfiguration() {
            try (var in = ZeebeBroker.class.getResourceAsStream("/broker/broker.yaml")) {
                if (in == null) {
                    throw new IllegalStateException("broker/broker.yaml is missing from the test classpath");
                }
                String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("${gatewayPort}", String.valueOf(gatewayPort))
                        .replace("${commandPort}", String.valueOf(commandPort))
                        .replace("${internalPort}", String.valueOf(internalPort))
                        .replace("${restPort}", String.valueOf(restPort))
                        .replace("${monitoringPort}", String.valueOf(monitoringPort))
                        .replace("${dataDirectory}", dataDirectory().toString());
                Files.createDirectories(dataDirectory());
                Files.writeString(configuration(), yaml);
                Files.createDirectories(layout.log().getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the broker configuration to " + configuration(), e);
            }
        }

        private void appendToLog(String line) {
            try {
                Files.writeString(layout.log(), Instant.now() + " " + line + System.lineSeparator(),
                        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            } catch (IOException e) {
                log.warn("Could not write to {}", layout.log(), e);
            }
        }

        private static void waitFor(List<ProcessHandle> processes, Duration atMost) {
            for (ProcessHandle p : processes) {
                try {
                    p.onExit().get(atMost.toMillis(), TimeUnit.MILLISECONDS);
                } catch (Exception e) {
                    log.warn("Process {} of the broker did not exit within {}", p.pid(), atMost);
                }
            }
        }

        private static int[] freePorts(int count) {
            List<ServerSocket> sockets = new ArrayList<>();
            try {
                int[] ports = new int[count];
                for (int i = 0; i < count; i++) {
                    ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                    sockets.add(socket);
                    ports[i] = socket.getLocalPort();
                }
                return ports;
            } catch (IOException e) {
                throw new UncheckedIOException("No free ports on 127.0.0.1", e);
            } finally {
                for (ServerSocket socket : sockets) {
                    try {
                        socket.close();
                    } catch (IOException e) {
                        // freed anyway
                    }
                }
            }
        }
    }
}
