package io.ccmm.ui.main;

import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.OpenMode;
import io.ccmm.storage.Round;
import io.ccmm.storage.StorageException;
import io.ccmm.ui.common.Settings;
import io.ccmm.ui.common.SettingsStore;
import io.ccmm.ui.common.StartTimes;
import io.ccmm.ui.workspace.FileRoundSession;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What the first window needs from the disk, read on a thread of its own while JavaFX starts, so that the two overlap:
 * the settings, and the file the start opens first — the {@code .ccmm} given on the command line, else the last file of
 * the settings — opened for writing with its latest round (the round and the catalog it is rated against). Nothing is decided or shown here: the window takes each result when it needs
 * it, and a failure exactly as if it had met it itself (a refused file in its error dialog, a file in use with the offer
 * of a read-only copy, anything unexpected as a start failure). A file the window does not take is closed.
 */
public final class StartReading {

    private final CompletableFuture<Settings> settings;
    private final CompletableFuture<Optional<Opened>> file;

    private StartReading(CompletableFuture<Settings> settings, CompletableFuture<Optional<Opened>> file) {
        this.settings = settings;
        this.file = file;
    }

    /**
     * Starts reading for a window started with {@code args} (the raw arguments) and the settings of {@code store}, on
     * a daemon thread of its own.
     */
    public static StartReading begin(SettingsStore store, List<String> args) {
        CompletableFuture<Settings> settings = new CompletableFuture<>();
        CompletableFuture<Optional<Opened>> file = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    AssessmentFile.loadNativeCode(); // before JavaFX loads its libraries (see there)
                    Settings read;
                    try {
                        read = AppContext.readAhead(store);
                        settings.complete(read);
                        StartTimes.mark("settings read");
                    } catch (RuntimeException | Error e) {
                        settings.completeExceptionally(e);
                        file.complete(Optional.empty()); // the start fails on the settings: no file is needed
                        return;
                    }
                    try {
                        file.complete(firstPath(args, read).map(StartReading::open));
                    } catch (RuntimeException | Error e) {
                        file.completeExceptionally(e);
                    }
                },
                "start-reading");
        reader.setDaemon(true);
        reader.start();
        return new StartReading(settings, file);
    }

    /** The settings, waiting for them if they are still being read; what reading them threw is thrown here. */
    public Settings settings() {
        return join(settings);
    }

    /**
     * The file the start chain opens first, as {@code CcmmApplication} picks it: the first argument ending in
     * {@code .ccmm} that this file system can spell (a Chinese name in the C locale may not be), else (no such
     * argument) the first recent file that exists. The last file is not tried when a file was given: a refused
     * double-click does not silently open another file.
     */
    public static Optional<Path> firstPath(List<String> args, Settings settings) {
        Optional<Path> given = givenPath(args);
        return given.isPresent()
                ? given
                : settings.recentPaths().stream().filter(Files::isRegularFile).findFirst();
    }

    /** The file given on the command line (a double-click): the first argument ending in {@code .ccmm} it can spell. */
    public static Optional<Path> givenPath(List<String> args) {
        return args.stream()
                .filter(a -> a.toLowerCase(Locale.ROOT).endsWith(".ccmm"))
                .flatMap(a -> pathOf(a).stream())
                .findFirst();
    }

    private static Optional<Path> pathOf(String name) {
        try {
            return Optional.of(Path.of(name));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * What reading ahead made of {@code path}, once: empty when it read another file (or none); that file is then
     * closed. Waits for the reading if it is still under way; anything unexpected it met is thrown here.
     */
    Optional<Opened> take(Path path) {
        Optional<Opened> read = join(file);
        if (read == null) {
            return Optional.empty();
        }
        file.obtrudeValue(null);
        if (read.isPresent() && !read.get().path().equals(path)) {
            read.get().discard();
            return Optional.empty();
        }
        return read;
    }

    /** Closes a file read ahead that nobody took (the start failed, or it took another way). */
    public void discard() {
        try {
            take(Path.of(""));
        } catch (RuntimeException e) {
            // the start reports its own failure; this one has nothing left to close
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static Opened open(Path path) {
        AssessmentFile opened;
        try {
            opened = AssessmentFile.open(path, OpenMode.READ_WRITE);
            StartTimes.mark("file opened");
        } catch (StorageException e) {
            return new Opened(path, null, null, e);
        }
        try {
            Optional<Round> latest = opened.latestRound();
            if (latest.isEmpty()) {
                return new Opened(path, opened, null, null); // the window adds the first round
            }
            FileRoundSession session = new FileRoundSession(
                    opened, latest.get().id(), String.valueOf(opened.path().getFileName()));
            StartTimes.mark("session read");
            return new Opened(path, opened, session, null);
        } catch (StorageException e) {
            return new Opened(path, opened, null, e);
        } catch (RuntimeException | Error e) {
            closeQuietly(opened);
            throw e;
        }
    }

    private static void closeQuietly(AssessmentFile file) {
        try {
            file.close();
        } catch (StorageException e) {
            System.getLogger(StartReading.class.getName())
                    .log(System.Logger.Level.WARNING, "closing " + file.path(), e);
        }
    }

    /**
     * One path opened for writing: the file and the session of its latest round; the file alone when it has no round
     * yet; no file and the failure when it could not be opened; the file and the failure when its round could not be
     * read.
     */
    record Opened(Path path, AssessmentFile file, FileRoundSession session, StorageException failure) {

        /** The opened file, or the failure to open it. */
        AssessmentFile fileOrThrow() throws StorageException {
            if (file == null) {
                throw failure;
            }
            return file;
        }

        /** The session of the latest round; empty when the file has no round; the failure to read it. */
        Optional<FileRoundSession> sessionOrThrow() throws StorageException {
            if (failure != null) {
                throw failure;
            }
            return Optional.ofNullable(session);
        }

        void discard() {
            if (file != null) {
                closeQuietly(file);
            }
        }
    }
}
