package io.ccmm.ui.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccmm.files.AtomicFileWriter;
import io.ccmm.library.Library;
import io.ccmm.library.LibraryException;
import io.ccmm.library.LibraryLocation;
import io.ccmm.library.LibraryPassword;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.SettingsStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the team-library dialog holds: the library's URL and user (remembered in {@value #FILE_NAME} next to the
 * settings), and a password typed for this session only — kept in memory as characters, never written anywhere. Without
 * a typed password the password comes from {@code PGPASSWORD}, {@code PGPASSFILE} or {@code ~/.pgpass}, as for the
 * command line. "Test connection" runs on {@code background}; its result arrives on {@code fx} in words.
 */
public final class LibraryLogin {

    /** The file, in the settings folder, that remembers the last library's URL and user (never a password). */
    public static final String FILE_NAME = "team-library.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Messages messages;
    private final Path rememberIn;
    private final Executor background;
    private final Executor fx;
    private final StringProperty url = new SimpleStringProperty("jdbc:postgresql://");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty testing = new SimpleBooleanProperty(false);
    private final AtomicInteger tests = new AtomicInteger();
    private char[] password = new char[0];

    /** A login that remembers URL and user in {@code rememberIn} (a file), pre-filled from it when it exists. */
    public LibraryLogin(Messages messages, Path rememberIn, Executor background, Executor fx) {
        this.messages = messages;
        this.rememberIn = rememberIn;
        this.background = background;
        this.fx = fx;
        recall();
    }

    /** The login of the user's settings folder. */
    public static LibraryLogin forUser(Messages messages, Executor background, Executor fx) {
        return new LibraryLogin(messages, SettingsStore.appDataDir().resolve(FILE_NAME), background, fx);
    }

    public StringProperty url() {
        return url;
    }

    public StringProperty user() {
        return user;
    }

    /** The last test's result in words ("" before any). */
    public StringProperty status() {
        return status;
    }

    public BooleanProperty testing() {
        return testing;
    }

    /** The password typed for this session (empty: from PGPASSWORD or the password file). The array is copied. */
    public void setPassword(char[] typed) {
        Arrays.fill(password, '\0');
        password = typed == null ? new char[0] : typed.clone();
    }

    /** Forgets the typed password. */
    public void clearPassword() {
        setPassword(new char[0]);
    }

    /** The library the fields name, or why they do not name one (no network). */
    public LibraryLocation location() throws LibraryException {
        return LibraryLocation.of(url.get(), user.get());
    }

    /** The problem with the fields in the user's words, or empty when they name a library. */
    public Optional<String> problem() {
        if (!LibraryLocation.isLibrary(url.get())) {
            return Optional.of(messages.get(
                    "library.dialog.badUrl", url.get() == null ? "" : url.get().strip()));
        }
        try {
            location();
            return Optional.empty();
        } catch (LibraryException e) {
            return Optional.of(
                    e.reason() == LibraryException.Reason.NO_USER
                            ? messages.get("library.dialog.noUser")
                            : e.describe(messages.language().locale()));
        }
    }

    /** A session with the library the fields name (no network yet); the caller closes it. */
    public Library library() throws LibraryException {
        LibraryLocation where = location();
        Optional<String> pw = password.length > 0 ? Optional.of(new String(password)) : LibraryPassword.find(where);
        return new Library(where, pw);
    }

    /** Connects and checks the library's schema in the background; {@link #status()} says how it went. */
    public void test() {
        Optional<String> wrong = problem();
        if (wrong.isPresent()) {
            status.set(wrong.get());
            return;
        }
        Library library;
        try {
            library = library();
        } catch (LibraryException e) {
            status.set(e.describe(messages.language().locale()));
            return;
        }
        int mine = tests.incrementAndGet();
        testing.set(true);
        status.set(messages.get("library.dialog.testing", library.location().display()));
        background.execute(() -> {
            String words;
            try (library) {
                String version = library.check();
                words = messages.get("library.dialog.ok", library.location().display(), version);
            } catch (LibraryException e) {
                words = e.describe(messages.language().locale());
            }
            String result = words;
            fx.execute(() -> {
                if (tests.get() == mine) {
                    testing.set(false);
                    status.set(result);
                }
            });
        });
    }

    /** Writes URL and user for next time; a failure to write only loses the convenience. */
    public void remember() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("url", url.get() == null ? "" : url.get().strip());
        node.put("user", user.get() == null ? "" : user.get().strip());
        try {
            Files.createDirectories(rememberIn.toAbsolutePath().getParent());
            byte[] json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
            AtomicFileWriter.write(rememberIn, out -> out.write(json));
        } catch (IOException e) {
            // the next dialog starts empty
        }
    }

    private void recall() {
        if (!Files.isRegularFile(rememberIn)) {
            return;
        }
        try {
            JsonNode node = MAPPER.readTree(rememberIn.toFile());
            if (node != null
                    && node.hasNonNull("url")
                    && !node.get("url").asText().isBlank()) {
                url.set(node.get("url").asText());
            }
            if (node != null && node.hasNonNull("user")) {
                user.set(node.get("user").asText());
            }
        } catch (IOException e) {
            // a damaged file: start empty
        }
    }
}
