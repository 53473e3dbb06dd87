package io.ccmm.ui;

import io.ccmm.app.CcmmApplication;
import io.ccmm.catalog.Language;
import io.ccmm.ui.main.MainWindow;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Rates items by keyboard through the real main window (headless Monocle) and prints the bytes allocated per key press
 * on the FX thread and in the whole process, then heap and resident memory. Not part of the test run; see
 * BENCHMARKS.md, "Rating in the window", for the command.
 *
 * <p>Arguments: {@code [items to rate, default 1000] [warm-up items, default 170]}. Every item takes two keys (C then F)
 * with values different from the ones it had, so every key press is a real change saved to the file.
 */
public final class RatingBenchmark {

    private static final List<KeyCode> C_KEYS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3);
    private static final List<KeyCode> F_KEYS = List.of(KeyCode.Q, KeyCode.W, KeyCode.E);

    /** {@code -Dccmm.bench.conly=true}: press only the C key on one item, what a key press costs without moving on. */
    private static final boolean C_ONLY = Boolean.getBoolean("ccmm.bench.conly");

    /**
     * {@code -Dccmm.bench.jfr=rec.jfr} (with {@code -Dccmm.bench.jfc=settings.jfc}, default the JDK's "profile"): a
     * flight recording of the measured key presses only, without the warm-up, to see where the bytes go.
     */
    private static final String JFR = System.getProperty("ccmm.bench.jfr");

    private RatingBenchmark() {}

    public static void main(String[] args) throws Exception {
        headless();
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 170;
        Stage stage = FxToolkit.registerPrimaryStage();
        AtomicReference<MainWindow> opened = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
            opened.set(CcmmApplication.open(stage, TestSessions.empty(), Language.EN));
        });
        MainWindow window = opened.get();
        FxRobot robot = new FxRobot();
        long fxThread = onFx(() -> Thread.currentThread().getId());
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        Counter counter = new Counter(window, robot);
        counter.rate(warmUp);
        System.gc();
        long fxBefore = threads.getThreadAllocatedBytes(fxThread);
        long allBefore = allAllocated(threads);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long fxCpuBefore = threads.getThreadCpuTime(fxThread);
        long processCpuBefore = os.getProcessCpuTime();
        jdk.jfr.Recording recording = JFR == null ? null : startRecording();
        long started = System.nanoTime();
        int presses = counter.rate(items);
        long elapsed = System.nanoTime() - started;
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(JFR));
            recording.close();
        }
        long fxCpu = threads.getThreadCpuTime(fxThread) - fxCpuBefore;
        long processCpu = os.getProcessCpuTime() - processCpuBefore;
        long fxBytes = threads.getThreadAllocatedBytes(fxThread) - fxBefore;
        long allBytes = allAllocated(threads) - allBefore;

        // The same changes made directly on the FX thread, with no key event and no pulse in between: what the change
        // itself costs (view models, listeners, the save), apart from drawing.
        long direct = onFx(() -> {
            var vm = window.workspace();
            vm.autoAdvanceProperty().set(false);
            long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
            for (int n = 0; n < 200; n++) {
                vm.rateC(io.ccmm.assessment.Rate.values()[1 + n % 3]);
            }
            long spent = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
            vm.autoAdvanceProperty().set(true);
            return spent / 200;
        });
        System.gc();
        long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(
                Locale.ROOT,
                "items rated %d (after %d warm-up), key presses %d, %.1f ms per key press (robot included)%n",
                items,
                warmUp,
                presses,
                elapsed / 1e6 / presses);
        // CPU time does not count waiting for a core, so it moves much less with the machine's load than the wall time;
        // the process figure includes the compiler threads and the collector.
        System.out.printf(
                Locale.ROOT,
                "CPU per key press: FX thread %.2f ms, whole process %.2f ms%n",
                fxCpu / 1e6 / presses,
                processCpu / 1e6 / presses);
        System.out.printf(Locale.ROOT, "allocated per key press, FX thread: %.1f KB%n", fxBytes / 1024.0 / presses);
        System.out.printf(Locale.ROOT, "allocated per key press, all threads: %.1f KB%n", allBytes / 1024.0 / presses);
        System.out.printf(
                Locale.ROOT,
                "of which the change itself (no drawing), FX thread: %.1f KB per change%n",
                direct / 1024.0);
        System.out.printf(
                Locale.ROOT,
                "heap used after GC %.1f MB, max heap %.0f MB, RSS %s%n",
                heapUsed / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0,
                rss());
        System.out.printf(
                Locale.ROOT,
                "decided in the file: %d of %d%n",
                window.workspace().decidedCountProperty().get(),
                window.workspace().totalItems());
        FxToolkit.cleanupStages();
        System.exit(0);
    }

    /** Rates items in catalog order, wrapping to the first item after the last, two keys each. */
    private static final class Counter {
        private final MainWindow window;
        private final FxRobot robot;
        private int pass;
        private int lastItem;

        Counter(MainWindow window, FxRobot robot) {
            this.window = window;
            this.robot = robot;
            onFxRun(window::focusWorkspace);
        }

        int rate(int items) {
            int presses = 0;
            for (int n = 0; n < items; n++) {
                int item = window.workspace().currentItem().id();
                if (item == lastItem) {
                    // The card stays on the last item once every item is rated: start the next pass at the first.
                    pass++;
                    onFxRun(() -> {
                        window.workspace()
                                .select(window.workspace()
                                        .catalog()
                                        .items()
                                        .get(0)
                                        .id());
                        window.focusWorkspace();
                    });
                    item = window.workspace().currentItem().id();
                }
                if (C_ONLY) {
                    // The card stays on its item: only the C key, a different value each time.
                    robot.type(C_KEYS.get(n % 3));
                    presses++;
                    continue;
                }
                robot.type(C_KEYS.get(pass % 3));
                robot.type(F_KEYS.get((pass + 1) % 3));
                presses += 2;
                lastItem = item;
            }
            return presses;
        }
    }

    private static jdk.jfr.Recording startRecording() throws Exception {
        String settings = System.getProperty("ccmm.bench.jfc");
        jdk.jfr.Configuration configuration = settings == null
                ? jdk.jfr.Configuration.getConfiguration("profile")
                : jdk.jfr.Configuration.create(Path.of(settings));
        jdk.jfr.Recording recording = new jdk.jfr.Recording(configuration);
        recording.start();
        return recording;
    }

    private static long allAllocated(com.sun.management.ThreadMXBean threads) {
        long sum = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(0, bytes);
        }
        return sum;
    }

    private static String rss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> l.substring(6).strip())
                    .findFirst()
                    .orElse("n/a");
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private static void onFxRun(Runnable work) {
        try {
            WaitForAsyncUtils.asyncFx(work).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The same headless platform the UI tests use (surefire's system properties), set before the toolkit starts. */
    private static void headless() throws java.io.IOException {
        System.setProperty("testfx.robot", "glass");
        System.setProperty("testfx.setup.timeout", "120000");
        System.setProperty("testfx.headless", "true");
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("headless.geometry", "1600x1000-32");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        System.setProperty(
                "ccmm.settings.dir",
                Files.createTempDirectory("ccmm-bench-settings").toString());
    }
}
