package io.ccmm.portfolio;

import io.ccmm.assessment.Assessment;
import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rating;
import io.ccmm.catalog.CatalogBundle;
import io.ccmm.scoring.LevelReadiness;
import io.ccmm.scoring.ModuleScore;
import io.ccmm.scoring.ReadinessEngine;
import io.ccmm.scoring.ReadinessResult;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.Round;
import io.ccmm.storage.Schema;
import io.ccmm.storage.StorageException;
import io.ccmm.storage.StorageException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the portfolio rows of {@code .ccmm} files. Each file is opened read-only for a moment and closed again; a file
 * open for writing elsewhere is read from a private copy of what it has saved (never waited for, never blocked). A
 * file is first checked by its header with plain I/O, so a foreign file costs no SQLite open. Rows are cached by path,
 * size and modification time: an unchanged file is not opened again. A file that cannot be read gives one marked row.
 *
 * <p>Thread-safe; one reader can serve several portfolio windows.
 */
public final class PortfolioReader {

    /** Folders deeper than this below a root are not searched (a portfolio folder, not a whole disk). */
    static final int MAX_DEPTH = 16;

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** Backup copies written before a migration are copies of a file already in the portfolio. */
    private static final Pattern BACKUP = Pattern.compile(".*\\.v\\d+-backup-\\d{8}-\\d{6}\\.ccmm$");

    private record Stamp(long size, long modifiedMillis) {}

    private record Cached(Stamp stamp, PortfolioRow row) {}

    private final ConflictCount conflicts;
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, ReadinessEngine> engines = new ConcurrentHashMap<>();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger cacheHits = new AtomicInteger();

    public PortfolioReader() {
        this(ConflictCount.OPEN);
    }

    public PortfolioReader(ConflictCount conflicts) {
        this.conflicts = conflicts;
    }

    /**
     * The assessment files under {@code roots}: a file is taken as it is, a folder is searched recursively for {@code
     * *.ccmm} (backup copies left by a migration are skipped). Sorted, without duplicates; a root that does not exist
     * is kept so that it shows as a marked row.
     */
    public static List<Path> list(List<Path> roots) {
        List<Path> found = new ArrayList<>();
        for (Path root : roots) {
            Path r = root.toAbsolutePath().normalize();
            if (Files.isDirectory(r)) {
                try (Stream<Path> walk =
                        Files.find(r, MAX_DEPTH, PortfolioReader::isAssessmentFile, FileVisitOption.FOLLOW_LINKS)) {
                    walk.map(p -> p.toAbsolutePath().normalize()).forEach(found::add);
                } catch (IOException | UncheckedIOException e) {
                    // A folder that cannot be listed (permissions): what was found so far stays.
                }
            } else {
                found.add(r);
            }
        }
        return found.stream().distinct().sorted().toList();
    }

    private static boolean isAssessmentFile(Path p, BasicFileAttributes attrs) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return attrs.isRegularFile()
                && name.endsWith(".ccmm")
                && !BACKUP.matcher(name).matches();
    }

    /** The rows of every file under {@code roots}, in file order, each handed to {@code onRow} as soon as it is read. */
    public List<PortfolioRow> read(List<Path> roots, Consumer<PortfolioRow> onRow) {
        List<PortfolioRow> rows = new ArrayList<>();
        for (Path file : list(roots)) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            PortfolioRow row = read(file);
            rows.add(row);
            onRow.accept(row);
        }
        return List.copyOf(rows);
    }

    /**
     * Reads in the background on {@code executor}: each row goes to {@code onRow} as soon as it is read (on the
     * executor's thread); the future completes with all rows. Cancelling the future stops after the current file.
     */
    public CompletableFuture<List<PortfolioRow>> readInBackground(
            List<Path> roots, Executor executor, Consumer<PortfolioRow> onRow) {
        CompletableFuture<List<PortfolioRow>> result = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                List<PortfolioRow> rows = new ArrayList<>();
                for (Path file : list(roots)) {
                    if (result.isDone()) {
                        return;
                    }
                    PortfolioRow row = read(file);
                    rows.add(row);
                    onRow.accept(row);
                }
                result.complete(List.copyOf(rows));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** The row of one file: from the cache when its size and modification time are unchanged. */
    public PortfolioRow read(Path file) {
        Path path = file.toAbsolutePath().normalize();
        Optional<Stamp> stamp = stamp(path);
        if (stamp.isPresent()) {
            Cached cached = cache.get(path);
            if (cached != null && cached.stamp().equals(stamp.get())) {
                cacheHits.incrementAndGet();
                return cached.row();
            }
        }
        PortfolioRow row;
        try {
            checkHeader(path);
            row = readFile(path);
        } catch (StorageException e) {
            row = PortfolioRow.problem(path.toString(), RowProblem.of(e));
        } catch (RuntimeException e) {
            // A file that makes the engine or the catalog fail is one marked row, never a failed portfolio.
            row = PortfolioRow.problem(
                    path.toString(),
                    RowProblem.of(
                            RowProblem.Kind.UNREADABLE,
                            e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        // Only a file whose stamp did not change while it was read is cached.
        if (stamp.isPresent() && stamp.equals(stamp(path))) {
            cache.put(path, new Cached(stamp.get(), row));
        }
        return row;
    }

    /** How many times a row came from the cache. */
    public int cacheHits() {
        return cacheHits.get();
    }

    /** How many files were opened with SQLite. */
    public int filesOpened() {
        return opened.get();
    }

    private static Optional<Stamp> stamp(Path path) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return a.isRegularFile()
                    ? Optional.of(new Stamp(a.size(), a.lastModifiedTime().toMillis()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The cheap check at listing: the SQLite header and our application id, read with plain file I/O. */
    static void checkHeader(Path path) throws StorageException {
        if (!Files.exists(path)) {
            throw StorageException.of(Reason.NOT_FOUND, path);
        }
        if (Files.isDirectory(path)) {
            throw StorageException.of(Reason.IS_FOLDER, path);
        }
        byte[] header = new byte[100];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw StorageException.withCause(e, Reason.IO, path);
        }
        if (n < header.length || !Arrays.equals(header, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length)) {
            throw StorageException.of(Reason.NOT_SQLITE, path);
        }
        int applicationId = ByteBuffer.wrap(header).getInt(68);
        if (applicationId != Schema.APPLICATION_ID) {
            throw StorageException.of(Reason.NOT_OURS, path, String.format(Locale.ROOT, "0x%08X", applicationId));
        }
    }

    private PortfolioRow readFile(Path path) throws StorageException {
        opened.incrementAndGet();
        try (AssessmentFile file = AssessmentFile.openForReading(path)) {
            Organization org = file.organization();
            List<Round> rounds = file.rounds();
            if (rounds.isEmpty()) {
                return new PortfolioRow(
                        path.toString(),
                        org.name(),
                        org.site(),
                        org.industry(),
                        "",
                        "",
                        "",
                        false,
                        0,
                        0,
                        BigDecimal.ZERO,
                        0,
                        Map.of(),
                        0,
                        0,
                        0,
                        List.of(),
                        Optional.of(RowProblem.of(RowProblem.Kind.NO_ROUNDS, "")));
            }
            Round latest = file.latestRound().orElseThrow();
            List<TrendPoint> trend = new ArrayList<>();
            ReadinessResult latestResult = null;
            Assessment latestAssessment = null;
            for (Round round : rounds) {
                Assessment assessment = file.exportRound(round.id());
                ReadinessResult result = score(file, round, assessment, org.yearsInOperation());
                trend.add(new TrendPoint(
                        round.uid(), round.title(), round.info().date(), result.readinessLevel(), round.isFinal()));
                if (round.id() == latest.id()) {
                    latestResult = result;
                    latestAssessment = assessment;
                }
            }
            int notApplicable = (int) latestAssessment.ratings().stream()
                    .filter(Rating::notApplicable)
                    .count();
            return rowOf(
                    path.toString(),
                    org,
                    latest.uid(),
                    latest.title(),
                    latest.info().date(),
                    latest.isFinal(),
                    latestResult,
                    notApplicable,
                    conflicts.of(file, latest.id()),
                    rounds.size(),
                    trend);
        }
    }

    /** Rounds rated against the same catalog and rules (by their SHA-256) share one engine. */
    private ReadinessResult score(AssessmentFile file, Round round, Assessment assessment, OptionalInt years)
            throws StorageException {
        String key = round.catalogSha256() + "/" + round.rulesSha256();
        ReadinessEngine engine = engines.get(key);
        if (engine == null) {
            CatalogBundle bundle = file.catalogBundleOf(round.id());
            engine = ReadinessEngine.of(bundle);
            engines.putIfAbsent(key, engine);
        }
        return engine.score(assessment.ratings(), years, OptionalInt.empty());
    }

    /** A row from a scored round: the next level's percent and threshold and the module percents. */
    public static PortfolioRow rowOf(
            String source,
            Organization org,
            String roundUid,
            String title,
            String date,
            boolean isFinal,
            ReadinessResult result,
            int notApplicable,
            int conflicts,
            int rounds,
            List<TrendPoint> trend) {
        int level = result.readinessLevel();
        int next = level >= ReadinessEngine.HIGHEST_LEVEL ? 0 : level + 1;
        BigDecimal nextPercent = BigDecimal.ZERO;
        int threshold = 0;
        if (next > 0) {
            LevelReadiness l = result.level(next);
            nextPercent = l.percent();
            threshold = l.thresholdPercent();
        }
        Map<String, BigDecimal> modules = new LinkedHashMap<>();
        for (ModuleScore m : result.modules()) {
            modules.put(m.module(), m.percent());
        }
        return new PortfolioRow(
                source,
                org.name(),
                org.site(),
                org.industry(),
                roundUid,
                title,
                date,
                isFinal,
                level,
                next,
                nextPercent,
                threshold,
                modules,
                notApplicable,
                conflicts,
                rounds,
                trend,
                Optional.empty());
    }
}
