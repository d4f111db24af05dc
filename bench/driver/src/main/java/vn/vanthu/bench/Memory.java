package vn.vanthu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Peak memory of an engine: this JVM's VmHWM for in-process engines, else the sampled peak of the
 * proportional set size (PSS: shared pages counted once) of the server process and its children.
 */
final class Memory implements AutoCloseable {
    private volatile List<Long> roots;
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakKb;

    Memory(List<Long> roots) {
        this.roots = roots;
        this.sampler = new Thread(() -> {
            while (running) {
                if (!this.roots.isEmpty()) {
                    peakKb = Math.max(peakKb, treePssKb());
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Follows a server that was started (or restarted) after sampling began. */
    void track(List<Long> pids) {
        roots = pids;
    }

    /** Peak in MB. */
    double peakMb() {
        if (roots.isEmpty()) {
            return statusKb(Path.of("/proc/self/status"), "VmHWM:") / 1024.0;
        }
        return peakKb / 1024.0;
    }

    /**
     * CPU seconds used so far by this JVM plus the engine's server processes (their children's
     * time too, once reaped): the figure that survives a busy machine better than wall time.
     */
    double cpuSeconds() {
        double self = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
        return roots.isEmpty() ? self : self + serverCpuSeconds();
    }

    /**
     * CPU seconds used so far by the engine's server processes alone (0 for an in-process engine):
     * what the server spends per query, without the client's share, which is the same whichever
     * build of a server is measured.
     */
    double serverCpuSeconds() {
        if (roots.isEmpty()) {
            return 0;
        }
        long ticks = 0;
        for (long pid : tree()) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // fields 14-17 of stat: utime stime cutime cstime (here shifted by the 2 before ')')
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            } catch (IOException | RuntimeException e) {
                // ended meanwhile
            }
        }
        return ticks / 100.0;
    }

    private long treePssKb() {
        long kb = 0;
        for (long pid : tree()) {
            kb += statusKb(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:");
        }
        return kb;
    }

    private Set<Long> tree() {
        Set<Long> tree = new HashSet<>(this.roots);
        List<long[]> parents = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    parents.add(new long[] {Long.parseLong(p.getFileName().toString()), Long.parseLong(f[1])});
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            });
        } catch (IOException e) {
            return tree;
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (long[] pp : parents) {
                if (tree.contains(pp[1]) && tree.add(pp[0])) {
                    grew = true;
                }
            }
        }
        return tree;
    }

    private static long statusKb(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
