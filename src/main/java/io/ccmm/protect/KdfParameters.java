package io.ccmm.protect;

/**
 * Argon2id cost: memory in KiB, passes over it, and lanes. Stored in every package header, so a later version can
 * raise the cost without breaking older packages; a reader refuses values beyond {@link #MAX_MEMORY_KIB} etc. so that a
 * forged header cannot make it allocate without bound.
 */
public record KdfParameters(int memoryKiB, int iterations, int parallelism) {

    /** RFC 9106's second recommended option (64 MiB, 3 passes, 4 lanes): well under a second on a laptop. */
    public static final KdfParameters DEFAULT = new KdfParameters(64 * 1024, 3, 4);

    public static final int MAX_MEMORY_KIB = 256 * 1024;
    public static final int MAX_ITERATIONS = 16;
    public static final int MAX_PARALLELISM = 16;

    public KdfParameters {
        if (!withinLimits(memoryKiB, iterations, parallelism)) {
            throw new IllegalArgumentException(
                    "Argon2 parameters out of range: m=" + memoryKiB + " KiB, t=" + iterations + ", p=" + parallelism);
        }
    }

    static boolean withinLimits(long memoryKiB, long iterations, long parallelism) {
        return parallelism >= 1
                && parallelism <= MAX_PARALLELISM
                && iterations >= 1
                && iterations <= MAX_ITERATIONS
                && memoryKiB >= 8L * parallelism
                && memoryKiB <= MAX_MEMORY_KIB;
    }
}
