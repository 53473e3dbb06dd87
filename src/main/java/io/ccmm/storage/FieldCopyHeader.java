package io.ccmm.storage;

import java.time.Instant;

/**
 * What marks a file as a field copy: the master file's identity and name, the round's identity, the assessor and the
 * scope (item ranges such as "1-25,40"; "" = every item), and when it was handed out.
 */
public record FieldCopyHeader(
        String masterFileUid, String masterName, String roundUid, String assessor, String scope, Instant handedOut) {

    public FieldCopyHeader {
        masterName = masterName == null ? "" : masterName;
        scope = scope == null ? "" : scope;
    }

    /** Whether {@code item} is in the copy's scope. */
    public boolean inScope(int item) {
        return ItemRanges.contains(scope, item);
    }
}
