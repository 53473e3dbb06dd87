package io.ccmm.storage;

import io.ccmm.assessment.RoundInfo;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * One assessment round of a file: its details, whether it is final, when it was created, the round it was copied from
 * (a re-assessment) and the catalog and rules it is rated against (SHA-256 of the stored snapshots).
 *
 * @param uid the round's identity, a UUID: unique in the file, fresh for every new round and re-assessment copy, kept
 *     by an import that brings its own (unless the file already has it), exported as {@code assessment.uid}
 */
public record Round(
        long id,
        RoundInfo info,
        RoundStatus status,
        Instant created,
        OptionalLong copiedFrom,
        String catalogSha256,
        String rulesSha256,
        String uid) {

    public Round {
        copiedFrom = copiedFrom == null ? OptionalLong.empty() : copiedFrom;
        uid = uid == null ? "" : uid;
    }

    public boolean isFinal() {
        return status == RoundStatus.FINAL;
    }

    public String title() {
        return info.title();
    }
}
