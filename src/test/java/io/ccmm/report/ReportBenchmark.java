package io.ccmm.report;

import io.ccmm.assessment.Assessment;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.catalog.CatalogLoader;
import io.ccmm.catalog.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Export times inside one running process, as the window sees them: the first export of each format (classes loaded on
 * demand, in the order of the registry) and the median of the following ones. A plain harness, not a test:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.ccmm.report.ReportBenchmark [RUNS] [DIR]
 * </pre>
 */
public final class ReportBenchmark {

    private ReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("ccmm-report-bench");
        Files.createDirectories(dir);
        CatalogBundle bundle = CatalogLoader.bundled();
        Assessment sample = ReportModelFactoryTest.sample(bundle.catalog());
        ReportInput input = ReportInput.of(bundle, sample);
        ReportService service = new ReportService();
        System.out.printf("%-6s %-4s %10s %12s %10s%n", "format", "lang", "first ms", "median ms", "bytes");
        for (String format : service.formats().ids()) {
            for (Language lang : Language.values()) {
                Path out = dir.resolve("sample-" + lang.code() + "." + format);
                long[] ms = new long[runs];
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    service.export(format, lang, input, out);
                    ms[i] = (System.nanoTime() - start) / 1_000_000;
                }
                long[] rest = Arrays.copyOfRange(ms, 1, runs);
                Arrays.sort(rest);
                System.out.printf(
                        "%-6s %-4s %10d %12d %10d%n",
                        format, lang.code(), ms[0], rest[rest.length / 2], Files.size(out));
            }
        }
        System.out.println("written to " + dir);
    }
}
