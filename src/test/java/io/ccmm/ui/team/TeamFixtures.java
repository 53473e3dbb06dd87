package io.ccmm.ui.team;

import io.ccmm.assessment.Organization;
import io.ccmm.assessment.Rating;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.storage.AssessmentFile;
import io.ccmm.storage.OpenMode;
import io.ccmm.team.Scope;
import io.ccmm.team.TeamFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Master files and field copies for the team screens' tests. */
final class TeamFixtures {

    private TeamFixtures() {}

    /** A master with one empty round, in a new folder. */
    static Path master(String prefix) throws Exception {
        Path dir = Files.createTempDirectory(prefix);
        Path file = dir.resolve("master.ccmm");
        try (AssessmentFile f = AssessmentFile.create(
                file, new Organization("某市12345政务服务热线", "主中心", "government", OptionalInt.of(7)))) {
            f.createRound(new RoundInfo("2026 自评", "2026-03-01", List.of("组长"), OptionalInt.of(3)));
        }
        return file;
    }

    static long roundOf(Path file) throws Exception {
        try (AssessmentFile f = AssessmentFile.openForReading(file)) {
            return f.rounds().get(0).id();
        }
    }

    /** A field copy of the master's round for {@code assessor}, with {@code ranges} as its scope ("" = all). */
    static Path handOut(Path master, String assessor, String ranges) throws Exception {
        Path copy = master.resolveSibling(assessor + ".ccmm");
        TeamFiles.handOut(master, OptionalLong.empty(), assessor, new Scope(ranges), copy);
        return copy;
    }

    static void rate(Path file, String who, Rating... ratings) throws Exception {
        try (AssessmentFile f = AssessmentFile.open(file, OpenMode.READ_WRITE)) {
            f.actAs(who);
            long id = f.rounds().get(0).id();
            for (Rating r : ratings) {
                f.saveRating(id, r);
            }
        }
    }
}
