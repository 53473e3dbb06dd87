package io.ccmm.cli;

import java.util.OptionalLong;
import picocli.CommandLine.Option;

/** The {@code --round} option of a command on one round of a .ccmm file, the latest unless asked (a picocli mixin). */
final class LatestRound {

    @Option(names = "--round", paramLabel = "ID", description = "the round (default: the latest)")
    Long round;

    /** The round asked for; empty for the latest. */
    OptionalLong asked() {
        return round == null ? OptionalLong.empty() : OptionalLong.of(round);
    }
}
