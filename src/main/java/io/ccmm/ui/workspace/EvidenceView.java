package io.ccmm.ui.workspace;

import io.ccmm.evidence.EvidenceLimits;
import io.ccmm.evidence.EvidenceName;
import io.ccmm.evidence.EvidenceType;
import io.ccmm.storage.Evidence;
import io.ccmm.ui.common.FxmlView;
import io.ccmm.ui.common.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The evidence files attached to the shown item: listed, attached, opened, saved and removed, every file read and
 * write off the FX thread. It uses the view model's current item, its access and the round's session.
 */
final class EvidenceView {

    private final CardParts parts;
    private final WorkspaceViewModel vm;
    private final Messages messages;

    /** Reads and writes of attachments: off the FX thread, answers back on it. */
    private final Label noAttachments = new MeasuredLabel();

    private final Parent node;
    private long attachmentRequest;
    private int attachmentsShownFor;

    @FXML
    private Button attachButton;

    @FXML
    private VBox attachmentList;

    EvidenceView(CardParts parts) {
        this.parts = parts;
        this.vm = parts.vm();
        this.messages = parts.messages();
        this.node = parts.load(FxmlView.WORKSPACE_EVIDENCE, this);
    }

    Parent node() {
        return node;
    }

    @FXML
    private void initialize() {
        parts.lifetime().onChange(vm.currentItemProperty(), item -> showItem(item.id()));
        showItem(vm.currentItem().id());
    }

    private void showItem(int itemId) {
        showAttachments(itemId);
        attachButton.setDisable(vm.itemReadOnly(itemId));
    }

    /**
     * Lists the item's attachments from a background read. The answer is tied to the item it was asked for: one that
     * comes back after the user has moved on (or after a newer read of the same item) is dropped.
     */
    private void showAttachments(int itemId) {
        long request = ++attachmentRequest;
        if (attachmentsShownFor != itemId && !listsNone()) {
            // Another item's files: their buttons must not act while this item's list is read.
            attachmentList.getChildren().clear();
        }
        attachmentsShownFor = itemId;
        parts.fileReads()
                .run(
                        () -> vm.session().evidence(itemId),
                        attached -> {
                            if (isCurrent(itemId, request)) {
                                listAttachments(attached);
                            }
                        },
                        failure -> {
                            if (isCurrent(itemId, request)) {
                                attachmentList.getChildren().setAll(new Label(describe(failure)));
                            }
                        });
    }

    private boolean listsNone() {
        return attachmentList.getChildren().size() == 1
                && attachmentList.getChildren().get(0) == noAttachments;
    }

    private boolean isCurrent(int itemId, long request) {
        return !parts.lifetime().isDisposed() && request == attachmentRequest && attachmentsShownFor == itemId;
    }

    private void listAttachments(List<Evidence> attached) {
        if (attached.isEmpty()) {
            // The common case while rating: the one "none" label stays, nothing is built.
            if (!listsNone()) {
                noAttachments.setText(messages.get("workspace.attachments.none"));
                if (!noAttachments.getStyleClass().contains("muted")) {
                    noAttachments.getStyleClass().add("muted");
                }
                attachmentList.getChildren().setAll(noAttachments);
            }
            return;
        }
        attachmentList.getChildren().clear();
        for (Evidence ev : attached) {
            Label name = new MeasuredLabel("📎 " + ev.name() + "  (" + humanSize(ev.size()) + ")");
            name.getStyleClass().add("attachment-name");
            Button open = new Button(messages.get("workspace.attachment.open"));
            open.getStyleClass().add("small");
            open.setOnAction(e -> openAttachment(ev));
            Button saveAs = new Button(messages.get("workspace.attachment.saveAs"));
            saveAs.getStyleClass().add("small");
            saveAs.setOnAction(e -> saveAttachment(ev));
            Button remove = new Button(messages.get("workspace.attachment.remove"));
            remove.getStyleClass().addAll("small", "danger");
            remove.setDisable(vm.itemReadOnly(attachmentsShownFor));
            remove.setOnAction(e -> removeAttachment(ev));
            HBox row = new HBox(8, name, open, saveAs, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            attachmentList.getChildren().add(row);
        }
    }

    /** A background failure in the window's language. */
    private String describe(Throwable failure) {
        if (failure instanceof RoundSession.SessionException e) {
            return e.describe(vm.language().locale());
        }
        return messages.get("error.io.attachment", String.valueOf(failure.getMessage()));
    }

    private void attachmentError(Throwable failure) {
        if (!parts.lifetime().isDisposed()) {
            parts.dialogs().error(messages.get("workspace.attach.error"), describe(failure));
        }
    }

    private static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** Reads, hashes and stores the chosen file in the background; the list is read again when it is in. */
    @FXML
    private void attach() {
        int itemId = vm.currentItem().id();
        parts.dialogs()
                .chooseFileToOpen(
                        messages.get("workspace.attach.title"), messages.get("workspace.attach.filter"), "*.*")
                .ifPresent(path -> parts.fileReads()
                        .run(() -> vm.session().attach(itemId, path), added -> refreshAttachments(itemId), failure -> {
                            attachmentError(failure);
                            refreshAttachments(itemId);
                        }));
    }

    private void refreshAttachments(int itemId) {
        if (!parts.lifetime().isDisposed() && attachmentsShownFor == itemId) {
            showAttachments(itemId);
        }
    }

    /** What an attachment was written out to for viewing, and what its first bytes say it is. */
    private record Extracted(Path file, EvidenceType type) {}

    /**
     * Opens an attachment with the system's viewer; an executable or script (by name or by content) is not opened
     * before the user says so, and saving a copy is offered first. Writing it out and sniffing it run in the
     * background.
     */
    private void openAttachment(Evidence ev) {
        parts.fileReads().run(() -> extract(ev), extracted -> offerToOpen(ev, extracted), this::attachmentError);
    }

    private Extracted extract(Evidence ev) throws IOException, RoundSession.SessionException {
        Path dir = Files.createTempDirectory("ccmm-evidence");
        Path target = dir.resolve(EvidenceName.safe(ev.name()));
        vm.session().saveEvidenceTo(ev.id(), target);
        target.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        byte[] head;
        try (InputStream in = Files.newInputStream(target)) {
            head = in.readNBytes(EvidenceLimits.SNIFF_BYTES);
        }
        return new Extracted(target, EvidenceType.classify(ev.name(), head));
    }

    private void offerToOpen(Evidence ev, Extracted extracted) {
        if (parts.lifetime().isDisposed()) {
            return;
        }
        EvidenceType type = extracted.type();
        if (type.risk() == EvidenceType.Risk.ASK_FIRST) {
            String kind = messages.get("evidence.type." + type.kind().name());
            String message = messages.get("workspace.attachment.risky", ev.name(), kind)
                    + (type.nameMatchesContent() ? "" : "\n\n" + messages.get("workspace.attachment.mismatch", kind));
            int choice = parts.dialogs()
                    .choose(
                            messages.get("workspace.attachment.riskyTitle"),
                            message,
                            List.of(
                                    messages.get("workspace.attachment.saveCopy"),
                                    messages.get("workspace.attachment.openAnyway"),
                                    messages.get("workspace.attachment.cancel")));
            if (choice == 0) {
                saveAttachment(ev);
            }
            if (choice != 1) {
                return;
            }
        }
        parts.dialogs().openExternally(extracted.file());
    }

    /** The target is chosen on the FX thread; the attachment is written out in the background. */
    private void saveAttachment(Evidence ev) {
        parts.dialogs()
                .chooseFileToSave(
                        messages.get("workspace.attachment.saveAs"), null, EvidenceName.safe(ev.name()), "*", "*.*")
                .ifPresent(target -> parts.fileReads()
                        .run(
                                () -> {
                                    vm.session().saveEvidenceTo(ev.id(), target);
                                    return target;
                                },
                                saved -> {},
                                this::attachmentError));
    }

    private void removeAttachment(Evidence ev) {
        if (!parts.dialogs()
                .confirm(
                        messages.get("workspace.attachment.remove"),
                        messages.get("workspace.attachment.removeConfirm", ev.name()))) {
            return;
        }
        parts.fileReads()
                .run(
                        () -> {
                            vm.session().removeEvidence(ev.id());
                            return ev;
                        },
                        removed -> refreshAttachments(ev.item()),
                        failure -> {
                            attachmentError(failure);
                            refreshAttachments(ev.item());
                        });
    }
}
