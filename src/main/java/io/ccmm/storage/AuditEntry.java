package io.ccmm.storage;

import java.time.Instant;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One line of the audit trail: who changed which field of what, when, from which value to which. {@code field} is
 * {@code c}, {@code f} or {@code note} for ratings; {@code round.*}, {@code evidence}, {@code action.*} and
 * {@code organization.*} for the rest. Values are as stored ("10", "5", "0", the note text) and "" when absent
 * (unrated, no note, nothing before).
 */
public record AuditEntry(
        long id,
        Instant at,
        String who,
        OptionalLong roundId,
        OptionalInt item,
        String field,
        String oldValue,
        String newValue) {

    public AuditEntry {
        roundId = roundId == null ? OptionalLong.empty() : roundId;
        item = item == null ? OptionalInt.empty() : item;
        oldValue = oldValue == null ? "" : oldValue;
        newValue = newValue == null ? "" : newValue;
    }
}
