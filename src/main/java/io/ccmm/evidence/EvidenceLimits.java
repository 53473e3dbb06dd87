package io.ccmm.evidence;

/**
 * How much evidence one assessment may carry, the same on attach, import and merge: an attachment over
 * {@link #MAX_ATTACHMENT_BYTES}, or one more than the counts allow, is refused whole.
 */
public final class EvidenceLimits {

    /** Largest attachment: 50 MiB, as the assessment file has always allowed. */
    public static final long MAX_ATTACHMENT_BYTES = 50L * 1024 * 1024;

    /** Most attachments on one item of one round. */
    public static final int MAX_ATTACHMENTS_PER_ITEM = 50;

    /** Most attachments in one round (all items together). */
    public static final int MAX_ATTACHMENTS_PER_ROUND = 2_000;

    /** Longest attachment name, in UTF-8 bytes: below the 255 of common file systems, with room for " (2)". */
    public static final int MAX_NAME_UTF8_BYTES = 200;

    /** How many leading bytes {@link EvidenceType#classify} looks at. */
    public static final int SNIFF_BYTES = 4096;

    private EvidenceLimits() {}

    public static boolean allowsSize(long bytes) {
        return bytes >= 0 && bytes <= MAX_ATTACHMENT_BYTES;
    }

    /** Whether an item that already has {@code existing} attachments may take one more. */
    public static boolean allowsAnotherOnItem(int existing) {
        return existing < MAX_ATTACHMENTS_PER_ITEM;
    }

    /** Whether a round that already has {@code existing} attachments may take one more. */
    public static boolean allowsAnotherInRound(int existing) {
        return existing < MAX_ATTACHMENTS_PER_ROUND;
    }
}
