package io.ccmm.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The password of a team-library user, found where PostgreSQL's own tools look: the {@code PGPASSWORD} environment
 * variable, else the password file named by {@code PGPASSFILE}, else {@code ~/.pgpass} ({@code
 * %APPDATA%\postgresql\pgpass.conf} on Windows). Lines are {@code host:port:database:user:password}; {@code *} matches
 * anything, {@code \:} and {@code \\} escape. Never read from the command line or the settings.
 */
public final class LibraryPassword {

    private LibraryPassword() {}

    public static Optional<String> find(LibraryLocation location) {
        return find(location, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Optional<String> find(LibraryLocation location, Map<String, String> env, Path home) {
        String fromEnv = env.get("PGPASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Optional.of(fromEnv);
        }
        Path file;
        if (env.get("PGPASSFILE") != null && !env.get("PGPASSFILE").isBlank()) {
            file = Path.of(env.get("PGPASSFILE"));
        } else if (env.get("APPDATA") != null
                && System.getProperty("os.name", "").startsWith("Windows")) {
            file = Path.of(env.get("APPDATA"), "postgresql", "pgpass.conf");
        } else {
            file = home.resolve(".pgpass");
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return match(
                    Files.readAllLines(file, StandardCharsets.UTF_8),
                    location.host(),
                    location.port(),
                    location.database(),
                    location.user());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The password of the first line that matches, as libpq reads the file. */
    static Optional<String> match(List<String> lines, String host, String port, String database, String user) {
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> f = fields(line);
            if (f.size() < 5) {
                continue;
            }
            if (matches(f.get(0), host)
                    && matches(f.get(1), port)
                    && matches(f.get(2), database)
                    && matches(f.get(3), user)) {
                return Optional.of(f.get(4));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                b.append(line.charAt(++i));
            } else if (ch == ':' && out.size() < 4) {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(ch);
            }
        }
        out.add(b.toString());
        return out;
    }
}
