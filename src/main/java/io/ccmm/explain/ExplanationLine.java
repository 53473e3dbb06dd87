package io.ccmm.explain;

import java.util.List;

/**
 * One sentence of an explanation and the items it is about (empty when it names none), so a screen can put them one
 * click away and the command line can list them after the sentence.
 *
 * @param indent 0 for a level's own lines, 1 for a module under the floors
 */
public record ExplanationLine(String text, List<Integer> items, int indent) {

    public ExplanationLine {
        items = List.copyOf(items);
    }
}
