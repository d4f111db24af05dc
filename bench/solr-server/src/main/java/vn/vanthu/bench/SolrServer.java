package vn.vanthu.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;

/**
 * Solr 9.10.1 as a real HTTP server: a one-node SolrCloud (MiniSolrCloudCluster) on loopback with
 * the collections "docs" and "eval" (ICU-folding schema). Prints "READY <base url>" and serves
 * until its input closes. Started again on the same directory, it reopens the collections.
 *
 * <pre>java -cp ... vn.vanthu.bench.SolrServer BASE_DIR</pre>
 */
public final class SolrServer {
    private SolrServer() {
    }

    public static void main(String[] args) throws Exception {
        Path base = Path.of(args[0]);
        boolean existing = Files.isDirectory(base.resolve("zookeeper"));
        Files.createDirectories(base);
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(1, base, JettyConfig.builder().build());
        try {
            if (!existing) {
                Path conf = Files.createDirectories(base.resolve("conf-upload"));
                copy("solrconfig.xml", conf);
                copy("schema.xml", conf);
                cluster.uploadConfigSet(conf, "bench");
                for (String c : new String[] {"docs", "eval"}) {
                    CollectionAdminRequest.createCollection(c, "bench", 1, 1).process(cluster.getSolrClient());
                }
            }
            cluster.waitForActiveCollection("docs", 1, 1);
            cluster.waitForActiveCollection("eval", 1, 1);
            System.out.println("READY " + cluster.getJettySolrRunner(0).getBaseUrl());
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the driver closes our input or stops us
            }
        } finally {
            cluster.shutdown();
        }
    }

    private static void copy(String name, Path dir) throws IOException {
        try (InputStream in = SolrServer.class.getResourceAsStream("solr-conf/" + name)) {
            Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
