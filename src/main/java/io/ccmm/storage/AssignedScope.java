package io.ccmm.storage;

/**
 * An assessor of a round and the items assigned to them, as the round's field copies were handed out (FORMATS.md
 * "Team assessments"): the scope of the latest copy handed out to that assessor.
 *
 * @param scope item ranges ("1-25,40"); "" for every item
 */
public record AssignedScope(String assessor, String scope) {

    public AssignedScope {
        assessor = assessor == null ? "" : assessor;
        scope = scope == null ? "" : scope;
    }

    /** Whether the assessor was assigned part of the items (not every item). */
    public boolean isPartial() {
        return !scope.isBlank();
    }
}
