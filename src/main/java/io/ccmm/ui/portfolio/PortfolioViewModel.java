package io.ccmm.ui.portfolio;

import io.ccmm.library.Library;
import io.ccmm.library.LibraryException;
import io.ccmm.library.LibraryPortfolio;
import io.ccmm.library.RoundPublisher;
import io.ccmm.portfolio.ConflictCount;
import io.ccmm.portfolio.ItemDifference;
import io.ccmm.portfolio.ItemPoints;
import io.ccmm.portfolio.Portfolio;
import io.ccmm.portfolio.PortfolioFilter;
import io.ccmm.portfolio.PortfolioReader;
import io.ccmm.portfolio.PortfolioRow;
import io.ccmm.portfolio.PortfolioWorkbook;
import io.ccmm.storage.StorageException;
import io.ccmm.storage.StorageText;
import io.ccmm.ui.common.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The portfolio window's state: the rows of a folder or a library, the filter, and comparisons. Reading runs on {@code
 * background}; rows arrive on {@code fx} one by one as they are read. Nothing here waits on a file or the network on
 * the calling thread.
 */
public final class PortfolioViewModel {

    /** A comparison of sites: their module percents (for the radar) and the items where they differ most. */
    public record Comparison(List<PortfolioRow> sites, List<String> modules, List<ItemDifference> differences) {}

    private final Executor background;
    private final Executor fx;
    private final PortfolioReader reader = new PortfolioReader();
    private final ObservableList<PortfolioRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PortfolioRow> shown = new FilteredList<>(rows, r -> true);
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty industry = new SimpleStringProperty("");
    private final ObjectProperty<Integer> level = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> finalOnly = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty problem = new SimpleStringProperty("");
    private final AtomicInteger generation = new AtomicInteger();
    private Optional<Library> library = Optional.empty();
    private String source = "";
    private Messages messages;

    public PortfolioViewModel(Executor background, Executor fx, Messages messages) {
        this.background = background;
        this.fx = fx;
        this.messages = messages;
        search.addListener((o, a, b) -> refilter());
        industry.addListener((o, a, b) -> refilter());
        level.addListener((o, a, b) -> refilter());
        finalOnly.addListener((o, a, b) -> refilter());
    }

    public ObservableList<PortfolioRow> rows() {
        return rows;
    }

    public FilteredList<PortfolioRow> shown() {
        return shown;
    }

    public StringProperty search() {
        return search;
    }

    public StringProperty industry() {
        return industry;
    }

    public ObjectProperty<Integer> level() {
        return level;
    }

    public ObjectProperty<Boolean> finalOnly() {
        return finalOnly;
    }

    public BooleanProperty loading() {
        return loading;
    }

    /** Why the last read failed as a whole (an unreachable library), in words; "" when it did not. */
    public StringProperty problem() {
        return problem;
    }

    public void setMessages(Messages messages) {
        this.messages = messages;
    }

    PortfolioFilter filter() {
        return new PortfolioFilter(
                Optional.ofNullable(industry.get()),
                level.get() == null ? OptionalInt.empty() : OptionalInt.of(level.get()),
                Optional.ofNullable(finalOnly.get()),
                search.get());
    }

    private void refilter() {
        PortfolioFilter f = filter();
        shown.setPredicate(f::matches);
    }

    /** Reads the assessment files under {@code roots}; rows appear as they are read, then one per site. */
    public void openFolders(List<Path> roots) {
        int mine = start();
        closeLibrary();
        library = Optional.empty();
        source = String.join(", ", roots.stream().map(Path::toString).toList());
        background.execute(() -> {
            List<PortfolioRow> all = reader.read(
                    roots,
                    row -> fx.execute(() -> {
                        if (generation.get() == mine) {
                            rows.add(row);
                        }
                    }));
            List<PortfolioRow> bySite = Portfolio.bySite(all);
            fx.execute(() -> finish(mine, bySite, ""));
        });
    }

    /** Reads every site of a team library. */
    public void openLibrary(Library lib) {
        int mine = start();
        closeLibrary();
        library = Optional.of(lib);
        source = lib.location().display();
        background.execute(() -> {
            try {
                List<PortfolioRow> all = LibraryPortfolio.read(lib, PortfolioFilter.ALL, row -> {});
                fx.execute(() -> finish(mine, all, ""));
            } catch (LibraryException e) {
                String words = e.describe(messages.language().locale());
                fx.execute(() -> finish(mine, List.of(), words));
            }
        });
    }

    private int start() {
        int mine = generation.incrementAndGet();
        rows.clear();
        problem.set("");
        loading.set(true);
        return mine;
    }

    private void finish(int mine, List<PortfolioRow> all, String failure) {
        if (generation.get() != mine) {
            return;
        }
        rows.setAll(all);
        problem.set(failure);
        loading.set(false);
    }

    /** The industries of the rows, for the filter. */
    public List<String> industries() {
        return Portfolio.industries(rows);
    }

    /** The percentile of {@code row}'s module percent among all rows of the portfolio. */
    public int percentile(PortfolioRow row, String module) {
        return Portfolio.percentile(rows, row, module);
    }

    /** Compares {@code sites} (read in the background): module percents and the ten items where they differ most. */
    public void compare(List<PortfolioRow> sites, Consumer<Comparison> done, Consumer<String> failed) {
        List<PortfolioRow> chosen = sites.stream().filter(r -> !r.hasProblem()).toList();
        Optional<Library> lib = library;
        background.execute(() -> {
            try {
                List<Map<Integer, Integer>> points = new ArrayList<>();
                for (PortfolioRow r : chosen) {
                    points.add(
                            lib.isPresent()
                                    ? LibraryPortfolio.itemPoints(lib.get(), r.roundUid())
                                    : ItemPoints.ofFile(Path.of(r.source()), r.roundUid()));
                }
                Comparison c = new Comparison(chosen, Portfolio.modules(chosen), ItemDifference.largest(points, 10));
                fx.execute(() -> done.accept(c));
            } catch (StorageException e) {
                String words = StorageText.describe(e, messages.language().locale());
                fx.execute(() -> failed.accept(words));
            } catch (LibraryException e) {
                String words = e.describe(messages.language().locale());
                fx.execute(() -> failed.accept(words));
            }
        });
    }

    /** Writes the shown rows as an Excel workbook (in the background). */
    public void exportXlsx(Path target, Runnable done, Consumer<String> failed) {
        List<PortfolioRow> snapshot = List.copyOf(shown);
        background.execute(() -> {
            try {
                PortfolioWorkbook.write(snapshot, messages.language().locale(), target);
                fx.execute(done);
            } catch (java.io.IOException | RuntimeException e) {
                String words = messages.get("error.io.report", target, String.valueOf(e.getMessage()));
                fx.execute(() -> failed.accept(words));
            }
        });
    }

    /**
     * Writes the shown rows as a PDF summary (in the background); the radar overlays {@code compared} when two or more
     * sites are chosen, else the first shown sites.
     */
    public void exportPdf(Path target, List<PortfolioRow> compared, Runnable done, Consumer<String> failed) {
        List<PortfolioRow> snapshot = List.copyOf(shown);
        List<PortfolioRow> radar = List.copyOf(compared);
        String from = source;
        io.ccmm.catalog.Language language = messages.language();
        background.execute(() -> {
            try {
                io.ccmm.report.PortfolioPdf.write(snapshot, radar, language, from, target);
                fx.execute(done);
            } catch (java.io.IOException | RuntimeException e) {
                String words = messages.get("error.io.report", target, String.valueOf(e.getMessage()));
                fx.execute(() -> failed.accept(words));
            }
        });
    }

    /** What a publish of several files did, for the status line and the dialog. */
    public record PublishReport(int added, int replaced, List<String> failures) {}

    /** The rows that can be published: read from assessment files, not from a library, and not marked. */
    public List<PortfolioRow> publishable(List<PortfolioRow> selected) {
        if (library.isPresent()) {
            return List.of();
        }
        return selected.stream()
                .filter(r -> !r.hasProblem() && !r.source().isEmpty())
                .toList();
    }

    /**
     * Publishes the latest round of each row's file to {@code target} (in the background, one transaction per round,
     * without evidence files), then closes {@code target}. A file that fails is named with the reason; the others are
     * published all the same.
     */
    public void publish(Library target, List<PortfolioRow> rows, Consumer<PublishReport> done) {
        List<PortfolioRow> chosen = publishable(rows);
        Messages words = messages;
        background.execute(() -> {
            int added = 0;
            int replaced = 0;
            List<String> failures = new ArrayList<>();
            try (target) {
                for (PortfolioRow r : chosen) {
                    Path file = Path.of(r.source());
                    try {
                        RoundPublisher.Outcome outcome = RoundPublisher.publishFile(
                                target, file, java.util.OptionalLong.empty(), false, ConflictCount.OPEN);
                        if (outcome == RoundPublisher.Outcome.ADDED) {
                            added++;
                        } else {
                            replaced++;
                        }
                    } catch (LibraryException e) {
                        failures.add(words.get(
                                "library.publish.failed",
                                file.getFileName(),
                                e.describe(words.language().locale())));
                    } catch (StorageException e) {
                        failures.add(words.get(
                                "library.publish.failed",
                                file.getFileName(),
                                StorageText.describe(e, words.language().locale())));
                    }
                }
            }
            PublishReport report = new PublishReport(added, replaced, List.copyOf(failures));
            fx.execute(() -> done.accept(report));
        });
    }

    /** Ends the session with the library being shown, if any (its connections close in the background). */
    public void closeLibrary() {
        library.ifPresent(lib -> background.execute(lib::close));
    }
}
