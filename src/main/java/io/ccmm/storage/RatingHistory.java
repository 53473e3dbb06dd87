package io.ccmm.storage;

import io.ccmm.assessment.Rating;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Undo and redo stacks of rating and note changes, one pair per round of an open file. */
final class RatingHistory {

    /** One saved change of one item. */
    record Change(long roundId, Rating before, Rating after) {}

    static final int LIMIT = 500;

    private final Map<Long, Deque<Change>> undo = new HashMap<>();
    private final Map<Long, Deque<Change>> redo = new HashMap<>();

    /** A new change: it can be undone, and nothing undone before can be redone any more. */
    void record(Change change) {
        Deque<Change> stack = undo.computeIfAbsent(change.roundId(), k -> new ArrayDeque<>());
        stack.push(change);
        if (stack.size() > LIMIT) {
            stack.removeLast();
        }
        redo.remove(change.roundId());
    }

    boolean canUndo(long roundId) {
        return !undo.getOrDefault(roundId, new ArrayDeque<>()).isEmpty();
    }

    boolean canRedo(long roundId) {
        return !redo.getOrDefault(roundId, new ArrayDeque<>()).isEmpty();
    }

    Optional<Change> peekUndo(long roundId) {
        return Optional.ofNullable(
                undo.getOrDefault(roundId, new ArrayDeque<>()).peek());
    }

    Optional<Change> peekRedo(long roundId) {
        return Optional.ofNullable(
                redo.getOrDefault(roundId, new ArrayDeque<>()).peek());
    }

    /** The change at the top of the undo stack has been taken back. */
    void undone(long roundId) {
        Change c = undo.get(roundId).pop();
        redo.computeIfAbsent(roundId, k -> new ArrayDeque<>()).push(c);
    }

    /** The change at the top of the redo stack has been applied again. */
    void redone(long roundId) {
        Change c = redo.get(roundId).pop();
        undo.computeIfAbsent(roundId, k -> new ArrayDeque<>()).push(c);
    }

    void forget(long roundId) {
        undo.remove(roundId);
        redo.remove(roundId);
    }
}
