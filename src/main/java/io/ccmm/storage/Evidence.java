package io.ccmm.storage;

import java.time.Instant;

/**
 * An evidence attachment of one item in one round. The content is stored once per distinct {@code sha256} however
 * many items or rounds refer to it; read it with {@link AssessmentRepository#evidenceContent(long)}.
 */
public record Evidence(
        long id, long roundId, int item, String name, String mediaType, long size, String sha256, Instant added) {}
