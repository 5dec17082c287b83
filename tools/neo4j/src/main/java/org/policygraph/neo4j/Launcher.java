/*
 * PolicyGraph's local Neo4j: starts Neo4j Community (embedded) with the Bolt
 * connector on 127.0.0.1, authentication on, and a user whose password comes from
 * the environment, then prints one ready line and runs until stopped.
 *
 *   java -jar policygraph-neo4j.jar [--home DIR] [--port N] [--pagecache SIZE] [--exit-on-stdin-eof]
 *   environment: NEO4J_USER (default neo4j), NEO4J_PASSWORD (default policygraph, at least 8 characters)
 *
 * Prints "POLICYGRAPH_NEO4J_READY bolt://127.0.0.1:PORT" on stdout once Bolt answers
 * and the user can log in; "POLICYGRAPH_NEO4J_FAILED reason" on stderr and exit code
 * 1 when it cannot start. SIGTERM/SIGINT shut the databases down cleanly. With
 * --exit-on-stdin-eof it also stops when its parent closes stdin (or dies), so a
 * test run that crashes leaves no JVM behind.
 */
package org.policygraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.exception.InvalidAuthTokenException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

public final class Launcher {
    private static final String HOST = "127.0.0.1";

    private Launcher() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            fail(e.getMessage(), 2);
            return;
        }
        DatabaseManagementService service;
        try {
            service = start(options);
        } catch (RuntimeException e) {
            fail(describe(e) + " (is another Neo4j using port " + options.port + " or the folder " + options.home + "?)", 1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.shutdown();
            stopped.countDown();
        }, "policygraph-neo4j-shutdown"));
        System.out.println("POLICYGRAPH_NEO4J_READY bolt://" + HOST + ":" + options.port);
        System.out.flush();
        if (options.exitOnStdinEof) {
            waitForEndOfInput(System.in);
            System.exit(0);
        }
        awaitQuietly(stopped);
    }

    private static DatabaseManagementService start(Options options) {
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(options.home)
                .setConfig(settings(options))
                .build();
        try {
            ensureUser(service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), options);
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
        return service;
    }

    /** Bolt on loopback only, auth on, modest memory, no phone-home, no file access from Cypher. */
    private static Map<Setting<?>, Object> settings(Options options) {
        SocketAddress address = new SocketAddress(HOST, options.port);
        Map<Setting<?>, Object> settings = new HashMap<>();
        settings.put(BoltConnector.enabled, true);
        settings.put(BoltConnector.listen_address, address);
        settings.put(BoltConnector.advertised_address, address);
        settings.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        settings.put(GraphDatabaseSettings.auth_enabled, true);
        settings.put(GraphDatabaseSettings.pagecache_memory, options.pagecacheBytes);
        settings.put(GraphDatabaseSettings.udc_enabled, false);
        settings.put(GraphDatabaseSettings.allow_file_urls, false);
        // One transaction may not take more than a quarter of the heap: a hostile query
        // (RETURN range(1, 100000000)) fails with a memory error instead of exhausting the JVM.
        settings.put(GraphDatabaseSettings.memory_transaction_max_size, Runtime.getRuntime().maxMemory() / 4);
        // A fresh folder starts faster and stays small without preallocated files.
        settings.put(GraphDatabaseSettings.preallocate_logical_logs, false);
        settings.put(GraphDatabaseSettings.preallocate_store_files, false);
        settings.put(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64));
        settings.put(GraphDatabaseSettings.keep_logical_logs, "2 files");
        // Bolt otherwise waits 5 s twice at shutdown for connections that a local server no longer has.
        settings.put(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500));
        settings.put(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500));
        return settings;
    }

    /**
     * Creates the user, or resets its password when it differs, through the system
     * database: the embedded API runs with full rights, so this also works on a folder
     * made with another password, and the user is never asked to change the password
     * at first login.
     */
    private static void ensureUser(GraphDatabaseService system, Options options) {
        boolean exists = system.executeTransactionally(
                "SHOW USERS YIELD user WHERE user = $user RETURN count(*) AS n",
                Map.of("user", options.user),
                result -> ((Number) result.next().get("n")).longValue() > 0);
        if (exists && canLogIn(system, options)) {
            return;
        }
        String command = exists
                ? "ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED"
                : "CREATE USER $user SET PASSWORD $password CHANGE NOT REQUIRED";
        system.executeTransactionally(command, Map.of("user", options.user, "password", options.password));
    }

    /** Neo4j refuses to "change" a password to the one it already has, so ask first. */
    private static boolean canLogIn(GraphDatabaseService system, Options options) {
        AuthManager auth = ((GraphDatabaseAPI) system).getDependencyResolver().resolveDependency(AuthManager.class);
        Map<String, Object> token = Map.of(
                "scheme", "basic",
                "principal", options.user,
                "credentials", options.password.getBytes(StandardCharsets.UTF_8));
        try {
            LoginContext login = auth.login(token, ClientConnectionInfo.EMBEDDED_CONNECTION);
            return login.subject().getAuthenticationResult() == AuthenticationResult.SUCCESS;
        } catch (InvalidAuthTokenException e) {
            return false;
        }
    }

    private static void waitForEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored; only its end matters.
            }
        } catch (IOException e) {
            // A broken pipe means the parent is gone: stop like at end of input.
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (text.length() > 0) {
                text.append(" <- ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }

    private static void fail(String reason, int exitCode) {
        System.err.println("POLICYGRAPH_NEO4J_FAILED " + reason);
        System.err.flush();
        System.exit(exitCode);
    }

    /** Command line and environment, validated; messages name the bad option. */
    static final class Options {
        Path home = Path.of(".neo4j");
        int port = 7687;
        long pagecacheBytes = ByteUnit.mebiBytes(128);
        boolean exitOnStdinEof;
        String user;
        String password;

        static Options parse(String[] args, Map<String, String> env) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--home" -> o.home = Path.of(value(args, ++i, arg));
                    case "--port" -> o.port = port(value(args, ++i, arg));
                    case "--pagecache" -> o.pagecacheBytes = ByteUnit.parse(value(args, ++i, arg));
                    case "--exit-on-stdin-eof" -> o.exitOnStdinEof = true;
                    default -> throw new IllegalArgumentException(
                            "unknown option " + arg + "; expected --home DIR, --port N, --pagecache SIZE, --exit-on-stdin-eof");
                }
            }
            o.home = o.home.toAbsolutePath();
            o.user = env.getOrDefault("NEO4J_USER", "neo4j");
            o.password = env.getOrDefault("NEO4J_PASSWORD", "policygraph");
            if (o.password.length() < 8) {
                throw new IllegalArgumentException("NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum)");
            }
            return o;
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int port(String text) {
            try {
                int port = Integer.parseInt(text);
                if (port > 0 && port < 65536) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // Reported below with the accepted range.
            }
            throw new IllegalArgumentException("--port expects a number from 1 to 65535, got " + text);
        }
    }
}
