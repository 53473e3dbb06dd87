package io.ccmm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux launcher script (packaging/linux/launcher.sh) in an app-image laid out as the build lays it out, with a
 * runtime whose {@code java} only prints the options it was given: which class-data archive and which tuning each kind
 * of start gets.
 */
@EnabledOnOs(OS.LINUX)
class LauncherScriptTest {

    @TempDir
    Path image;

    private Path launcher;
    private Path app;
    private Path assessment;

    @BeforeEach
    void layOutAnAppImage() throws IOException {
        String script = Files.readString(Path.of("packaging/linux/launcher.sh"), StandardCharsets.UTF_8)
                .replace("@LAUNCHER@", "ccmm")
                .replace("@JAVA_OPTIONS@", "\"-Xmx768m\" \"-XX:TieredStopAtLevel=1\"")
                .replace("@CLASSPATH@", "$APPDIR/ccmm.jar")
                .replace("@MAIN_CLASS@", "io.ccmm.app.Launcher");
        launcher = executable(image.resolve("bin/ccmm"), script);
        executable(image.resolve("lib/runtime/bin/java"), "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        app = Files.createDirectories(image.resolve("lib/app"));
        Files.writeString(app.resolve("ccmm.jsa"), "archive of the commands");
        Files.writeString(app.resolve("ccmm-window.jsa"), "archive of the window");
        Files.writeString(app.resolve("ccmm.jsa.dir"), app + "\n");
        assessment = Files.writeString(image.resolve("site.ccmm"), "");
    }

    @Test
    void theWindowMapsTheWindowsArchiveAndHeadlessCommandsTheirs() throws Exception {
        assertTrue(maps(run(List.of(), assessment.toString()), "ccmm-window.jsa"));
        assertTrue(maps(run(List.of()), "ccmm-window.jsa"), "no argument");

        List<String> score = run(List.of(), "score", "--json", assessment.toString());
        assertTrue(maps(score, "ccmm.jsa"), score::toString);
        assertTrue(score.contains("-XX:+UseSerialGC"), score::toString);
        List<String> missing = run(List.of(), image.resolve("missing.ccmm").toString());
        assertTrue(maps(missing, "ccmm.jsa"), "not a file: a usage error");
        assertEquals(
                List.of("score", "--json", assessment.toString()),
                score.subList(score.size() - 3, score.size()),
                "the arguments pass unchanged");
    }

    @Test
    void anImageWithoutTheWindowsArchiveStartsTheWindowFromTheCommandsArchive() throws Exception {
        Files.delete(app.resolve("ccmm-window.jsa"));
        assertTrue(maps(run(List.of(), assessment.toString()), "ccmm.jsa"));
    }

    @Test
    void archivesMadeForAnotherFolderAreNotUsed() throws Exception {
        Files.writeString(app.resolve("ccmm.jsa.dir"), "/opt/elsewhere/lib/app\n");
        assertTrue(run(List.of(), assessment.toString()).stream().noneMatch(a -> a.startsWith("-XX:SharedArchive")));
        assertTrue(run(List.of(), "score", assessment.toString()).stream()
                .noneMatch(a -> a.startsWith("-XX:SharedArchive")));
    }

    @Test
    void onOneOrTwoProcessorsTheWindowStartsWithOneCompilerThread() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/taskset")), "taskset (util-linux)");
        assertTrue(run(List.of("taskset", "-c", "0"), assessment.toString()).contains("-XX:CICompilerCount=1"));
        assertTrue(
                run(List.of("taskset", "-c", "0"), "score", assessment.toString()).stream()
                        .noneMatch(a -> a.startsWith("-XX:CICompilerCount")),
                "headless commands keep the JVM's choice");
        assertTrue(run(List.of("taskset", "-c", "0-1"), assessment.toString()).contains("-XX:CICompilerCount=1"));
    }

    @Test
    void onThreeProcessorsTheWindowKeepsTheJvmsChoiceOfCompilerThreads() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/taskset")), "taskset (util-linux)");
        int processors = allowedProcessors();
        assumeTrue(processors >= 3, "a third processor to run on");
        assertFalse(
                run(List.of("taskset", "-c", "0-2"), assessment.toString()).stream()
                        .anyMatch(a -> a.startsWith("-XX:CICompilerCount")),
                "three processors: the JVM's own choice");
    }

    @Test
    void theLauncherStartsFromARelativePath() throws Exception {
        for (String[] start : List.of(
                new String[] {"", "bin/ccmm"}, new String[] {"bin", "./ccmm"}, new String[] {"lib", "../bin/ccmm"})) {
            List<String> out = runIn(image.resolve(start[0]), List.of(start[1], assessment.toString()));
            assertEquals("io.ccmm.app.Launcher", out.get(out.size() - 2), start[1] + " in " + start[0] + ": " + out);
            assertTrue(
                    maps(out, "ccmm-window.jsa", image.resolve(start[0])), start[1] + " in " + start[0] + ": " + out);
        }
    }

    /** Whether the java command line maps the archive {@code name} of the image's lib/app. */
    private boolean maps(List<String> javaArguments, String name) throws IOException {
        return maps(javaArguments, name, image);
    }

    private boolean maps(List<String> javaArguments, String name, Path workingDirectory) throws IOException {
        for (String argument : javaArguments) {
            if (argument.startsWith("-XX:SharedArchiveFile=")) {
                Path archive = workingDirectory.resolve(argument.substring(argument.indexOf('=') + 1));
                return Files.isSameFile(archive, app.resolve(name));
            }
        }
        return false;
    }

    private List<String> run(List<String> prefix, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(prefix);
        command.add(launcher.toString());
        command.addAll(List.of(arguments));
        return runIn(image, command);
    }

    private static List<String> runIn(Path directory, List<String> command) throws Exception {
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the launcher ended");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), out);
        return out.lines().toList();
    }

    private static int allowedProcessors() throws IOException {
        return (int) Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("Cpus_allowed_list:"))
                .flatMap(l -> List.of(l.substring(l.indexOf(':') + 1).trim().split(",")).stream())
                .mapToInt(r -> {
                    String[] ends = r.split("-");
                    return ends.length == 1 ? 1 : Integer.parseInt(ends[1]) - Integer.parseInt(ends[0]) + 1;
                })
                .sum();
    }

    private static Path executable(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
