package io.ccmm.cli;

import io.ccmm.assessment.Organization;
import io.ccmm.assessment.RoundInfo;
import io.ccmm.storage.AssessmentFile;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/** The .ccmm files the command tests start from: a new file of one of two sample organizations with one round. */
final class SampleFiles {

    /** What a test writes into the new file's round before the file is closed. */
    @FunctionalInterface
    interface RoundContent {
        void writeTo(AssessmentFile file, long round) throws Exception;
    }

    private SampleFiles() {}

    /** A city's 12345 government hotline with its self-assessment round (target L3), nothing rated. */
    static Path hotline(Path file) throws Exception {
        return hotline(file, (f, round) -> {});
    }

    /** The hotline's file with its self-assessment round "2026 自评" (by 组长) holding {@code content}. */
    static Path hotline(Path file, RoundContent content) throws Exception {
        return create(
                file,
                new Organization("某市12345政务服务热线", "主中心", "government", OptionalInt.of(7)),
                new RoundInfo("2026 自评", "2026-03-01", List.of("组长"), OptionalInt.of(3)),
                content);
    }

    /** A bank's credit card center in Shanghai with a round {@code round} (by 张三) holding {@code content}. */
    static Path bankCenter(Path file, String round, String date, int targetLevel, RoundContent content)
            throws Exception {
        return create(
                file,
                new Organization("某银行信用卡中心", "上海", "banking", OptionalInt.of(9)),
                new RoundInfo(round, date, List.of("张三"), OptionalInt.of(targetLevel)),
                content);
    }

    private static Path create(Path file, Organization organization, RoundInfo round, RoundContent content)
            throws Exception {
        try (AssessmentFile f = AssessmentFile.create(file, organization)) {
            content.writeTo(f, f.createRound(round).id());
        }
        return file;
    }
}
