package io.ccmm.ui.plan;

import io.ccmm.assessment.Rating;
import io.ccmm.catalog.Catalog;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.StorageException;
import io.ccmm.storage.StorageText;
import io.ccmm.ui.common.DialogService;
import io.ccmm.ui.common.Messages;
import io.ccmm.ui.common.TaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Round › Interview checklist… in the background: the ratings are taken as they are when the user asks, the PDF is
 * written on the task executor (a checklist of 170 items takes a while), the FX thread stays free, and the result or
 * the failure is said in the user's language. {@link #runningProperty} is true meanwhile (the menu item is disabled).
 */
public final class ChecklistWriting {

    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);

    public ChecklistWriting(TaskExecutor tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Writes the checklist of round {@code roundId} with {@code ratings} (a copy taken now) to {@code target}. */
    public void write(
            AssessmentFile file,
            long roundId,
            Catalog catalog,
            Map<Integer, Rating> ratings,
            String heading,
            Messages m,
            Path target) {
        if (running.get()) {
            return;
        }
        running.set(true);
        Map<Integer, Rating> asNow = Map.copyOf(ratings);
        tasks.run(
                () -> ChecklistExport.write(file, roundId, catalog, asNow, heading, m.language(), target),
                items -> {
                    running.set(false);
                    dialogs.info(m.get("checklist.save.title"), m.get("checklist.saved", target, items));
                },
                failure -> {
                    running.set(false);
                    dialogs.error(m.get("checklist.save.title"), describe(failure, m, target));
                });
    }

    /** A failure in the user's words: storage failures through the one place that words them. */
    static String describe(Throwable failure, Messages m, Path target) {
        if (failure instanceof StorageException e) {
            return StorageText.describe(e, m.language().locale());
        }
        Throwable cause = failure instanceof IOException ? failure : failure.getCause();
        String why = String.valueOf((cause != null ? cause : failure).getMessage());
        return m.get("error.io.report", target, why);
    }
}
