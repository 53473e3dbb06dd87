package io.ccmm.storage;

/**
 * Bundle keys of typed failure reasons: a prefix and the reason's name in lower camel case ({@code OUTSIDE_SCOPE} under
 * {@code team.error.} is {@code team.error.outsideScope}). Storage, team and questionnaire failures name their
 * sentences this way.
 */
public final class ReasonKeys {

    private ReasonKeys() {}

    public static String of(String prefix, Enum<?> reason) {
        StringBuilder key = new StringBuilder(prefix);
        boolean upper = false;
        for (char ch : reason.name().toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                key.append(upper ? ch : Character.toLowerCase(ch));
                upper = false;
            }
        }
        return key.toString();
    }
}
