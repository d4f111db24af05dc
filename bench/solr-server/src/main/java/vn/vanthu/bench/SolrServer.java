package vn.vanthu.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Solr 9.10.1 as a real HTTP server: a one-node SolrCloud (MiniSolrCloudCluster: ZooKeeper and one
 * Jetty node in this JVM, as `solr start -c` runs them) on loopback with the collections "docs" and
 * "eval" (ICU-folding schema). Prints "READY <base url>" and serves until its input closes or it is
 * stopped. Started again on the same directory, it reopens the collections (see {@link #restart}).
 *
 * <pre>java -cp ... vn.vanthu.bench.SolrServer BASE_DIR</pre>
 */
public final class SolrServer {
    /** The node's directory, as MiniSolrCloudCluster names its first node. */
    private static final String NODE = "node1";
    /** The node's port, kept for a restart (the cluster state names the node by host and port). */
    private static final String PORT_FILE = "node-port";

    private SolrServer() {
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0]);
        boolean existing = Files.isDirectory(base.resolve("zookeeper"));
        Files.createDirectories(base);
        MiniSolrCloudCluster cluster = existing ? restart(base) : create(base);
        step("node started");
        // Stopped by a signal (the driver's stop): leave ZooKeeper's live nodes and the cores closed,
        // so that a restart on this directory finds no stale node of the same name to wait out.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(cluster)));
        cluster.waitForActiveCollection("docs", 1, 1);
        cluster.waitForActiveCollection("eval", 1, 1);
        step("collections active");
        System.out.println("READY " + cluster.getJettySolrRunner(0).getBaseUrl());
        System.out.flush();
        while (System.in.read() >= 0) {
            // serve until the driver closes our input or stops us
        }
        System.exit(0);
    }

    private static MiniSolrCloudCluster create(Path base) throws Exception {
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(1, base, JettyConfig.builder().build());
        Files.writeString(base.resolve(PORT_FILE), Integer.toString(cluster.getJettySolrRunner(0).getLocalPort()),
                StandardCharsets.UTF_8);
        Path conf = Files.createDirectories(base.resolve("conf-upload"));
        copy("solrconfig.xml", conf);
        copy("schema.xml", conf);
        cluster.uploadConfigSet(conf, "bench");
        for (String c : new String[] {"docs", "eval"}) {
            CollectionAdminRequest.createCollection(c, "bench", 1, 1).process(cluster.getSolrClient());
        }
        return cluster;
    }

    /**
     * MiniSolrCloudCluster creates a fresh directory for every node it starts, and refuses one that
     * exists (FileAlreadyExistsException on node1). So: ZooKeeper alone on its kept data (the cluster
     * with no node; it does not format ZooKeeper), then a Jetty node on the existing node directory
     * and on the node's old port, so that the replicas the cluster state holds are its own again.
     */
    private static MiniSolrCloudCluster restart(Path base) throws Exception {
        int port = Integer.parseInt(Files.readString(base.resolve(PORT_FILE), StandardCharsets.UTF_8).strip());
        JettyConfig config = JettyConfig.builder().setPort(port).build();
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(0, base, config);
        step("zookeeper up");
        Properties node = new Properties();
        node.setProperty("zkHost", cluster.getZkServer().getZkAddress());
        cluster.startJettySolrRunner(new JettySolrRunner(base.resolve(NODE).toString(), node, config));
        return cluster;
    }

    /** Where a start spends its time (milliseconds since the JVM started), in the server's log. */
    private static void step(String what) {
        System.out.println("solr: " + what + " at " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
    }

    private static void shutdown(MiniSolrCloudCluster cluster) {
        try {
            cluster.shutdown();
        } catch (Exception e) {
            System.err.println("solr: shutdown: " + e);
        }
    }

    private static void copy(String name, Path dir) throws IOException {
        try (InputStream in = SolrServer.class.getResourceAsStream("solr-conf/" + name)) {
            Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
