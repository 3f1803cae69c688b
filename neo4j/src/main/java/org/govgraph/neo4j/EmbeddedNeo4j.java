package org.govgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community embedded with the Bolt connector on loopback, for GovGraph's `npm start`
 * and `npm test` on machines without Docker.
 *
 * <p>Arguments (all optional): {@code --home DIR --port N --pagecache SIZE --plugins DIR}.
 * Port 0 picks a free port. When the database answers, one line goes to stdout:
 * {@code GOVGRAPH_NEO4J_READY bolt://127.0.0.1:PORT}. The process stops cleanly on SIGTERM/SIGINT
 * and when its standard input closes, so it never outlives the Node process that started it.
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    Path home = Path.of(options.getOrDefault("home", "data/neo4j")).toAbsolutePath();
    Path plugins = Path.of(options.getOrDefault("plugins", "neo4j/target/plugins")).toAbsolutePath();
    int port = Integer.parseInt(options.getOrDefault("port", "7687"));
    String pageCache = options.getOrDefault("pagecache", "512m");
    Files.createDirectories(home);

    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
            .setConfig(GraphDatabaseSettings.plugin_dir, plugins)
            .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.shutdown();
                  stopped.countDown();
                },
                "neo4j-shutdown"));

    GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    db.beginTx().close(); // waits until the default database is available
    HostnamePort bound =
        db.getDependencyResolver()
            .resolveDependency(ConnectorPortRegister.class)
            .getLocalAddress(ConnectorType.BOLT);
    System.out.println("GOVGRAPH_NEO4J_READY bolt://127.0.0.1:" + bound.getPort());
    System.out.flush();

    watchStandardInput();
    stopped.await();
  }

  /** Exits (running the shutdown hook) when the parent closes our stdin or dies. */
  private static void watchStandardInput() {
    Thread watcher =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                while (in.read() != -1) {
                  // ignore input; only the end of the stream matters
                }
              } catch (IOException ignored) {
                // a broken pipe means the parent is gone as well
              }
              System.exit(0);
            },
            "stdin-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args));
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }
}
