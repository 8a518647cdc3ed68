package jp.mebuki.core.application;

import java.util.List;

import jp.mebuki.core.programme.GrowthStage;

/**
 * What an applicant writes. In a draft any field except the title may still be missing; submission
 * requires all of them.
 */
public record ApplicationContent(
        String title,
        String abstractText,
        String technologyField,
        GrowthStage growthStage,
        Long requestedAmountYen,
        String institutionCode,
        List<TeamMember> team) {

    public ApplicationContent {
        team = team == null ? List.of() : List.copyOf(team);
    }
}
