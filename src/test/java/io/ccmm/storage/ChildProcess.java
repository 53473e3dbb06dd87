package io.ccmm.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A {@link StorageChild} JVM on the test classpath whose output lines the test can watch. */
final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private ChildProcess(Process process) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    static ChildProcess start(String... args) throws IOException {
        return start(List.of(), java.util.Map.of(), args);
    }

    /** A child with extra JVM options (e.g. {@code -Djava.io.tmpdir=…}) and environment variables. */
    static ChildProcess start(List<String> jvmOptions, java.util.Map<String, String> environment, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(StorageChild.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return new ChildProcess(builder.start());
    }

    /** Waits until a line starting with {@code prefix} was printed. */
    void awaitLine(String prefix, long timeoutMillis) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (lines.stream().noneMatch(l -> l.startsWith(prefix))) {
            if (System.nanoTime() > end
                    || (!process.isAlive() && lines.stream().noneMatch(l -> l.startsWith(prefix)))) {
                if (!process.isAlive()) {
                    Thread.sleep(100); // let the reader drain what the process printed last
                }
                if (lines.stream().anyMatch(l -> l.startsWith(prefix))) {
                    return;
                }
                throw new AssertionError("child never printed " + prefix + "; output: " + lines);
            }
            Thread.sleep(5);
        }
    }

    /** SIGKILL on Linux and macOS: no shutdown hooks, no finally blocks, no clean close. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        reader.join(5_000);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
