package io.ccmm.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whole-process start-up, interleaved: each round runs every command once, in order, so a busy machine slows all of
 * them alike; the first command is the floor the others are compared with. Prints per command the median and minimum
 * wall time, the median CPU time of the child (user + system, from this process's {@code /proc/self/stat}, Linux
 * only) and the ratio of the medians to the floor's. A measurement, not a test (BENCHMARKS.md has the commands).
 *
 * <pre>
 * java -cp target/test-classes io.ccmm.app.StartupBenchmark ROUNDS 'floor command' 'command' ...
 * </pre>
 */
public final class StartupBenchmark {

    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        List<String> commands = Arrays.asList(args).subList(1, args.length);
        long[][] wall = new long[commands.size()][rounds + 1];
        long[][] cpu = new long[commands.size()][rounds + 1];
        for (int r = 0; r <= rounds; r++) { // round 0 warms the page cache and is not counted
            for (int c = 0; c < commands.size(); c++) {
                long cpuBefore = childCpuTicks();
                long start = System.nanoTime();
                Process p = new ProcessBuilder("sh", "-c", commands.get(c))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
                int exit = p.waitFor();
                wall[c][r] = System.nanoTime() - start;
                cpu[c][r] = childCpuTicks() - cpuBefore;
                if (exit != 0) {
                    throw new IllegalStateException("exit " + exit + ": " + commands.get(c));
                }
            }
        }
        double floorWall = median(wall[0]);
        double floorCpu = median(cpu[0]);
        System.out.printf(
                Locale.ROOT,
                "%d interleaved rounds; load average %s%n",
                rounds,
                Files.readString(Path.of("/proc/loadavg")).trim());
        System.out.printf(
                Locale.ROOT,
                "%-9s %-9s %-9s %-7s %-7s %s%n",
                "wall p50",
                "wall min",
                "CPU p50",
                "× wall",
                "× CPU",
                "command");
        for (int c = 0; c < commands.size(); c++) {
            double w = median(wall[c]);
            double u = median(cpu[c]);
            System.out.printf(
                    Locale.ROOT,
                    "%7.3f s %7.3f s %7.2f s %6.2f× %6.2f× %s%n",
                    w / 1e9,
                    min(wall[c]) / 1e9,
                    u / 100.0,
                    w / floorWall,
                    u / floorCpu,
                    commands.get(c));
        }
    }

    private static double median(long[] all) {
        long[] counted = Arrays.copyOfRange(all, 1, all.length);
        Arrays.sort(counted);
        int n = counted.length;
        return n % 2 == 1 ? counted[n / 2] : (counted[n / 2 - 1] + counted[n / 2]) / 2.0;
    }

    private static long min(long[] all) {
        return Arrays.stream(all, 1, all.length).min().orElseThrow();
    }

    /** cutime + cstime of this process (reaped children), in clock ticks (1/100 s on Linux). */
    private static long childCpuTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        List<String> f = new ArrayList<>(Arrays.asList(fields)); // field 3 of the man page is f.get(0)
        return Long.parseLong(f.get(13)) + Long.parseLong(f.get(14)); // fields 16 and 17
    }
}
