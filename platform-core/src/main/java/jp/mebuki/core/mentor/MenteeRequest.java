package jp.mebuki.core.mentor;

import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.user.UserId;

/**
 * A team that asks for a mentor, as the calling process passes it (generic: a gap-fund application or
 * an SBIR project).
 *
 * @param menteeUserId the team's lead user (their evaluation task, notifications), may be {@code null}
 * @param languageCode the language the team prefers, {@code ja} when not given
 */
public record MenteeRequest(Mentee mentee, UserId menteeUserId, String title, String fieldCode,
        GrowthStage growthStage, String institutionCode, String languageCode) {

    public MenteeRequest {
        languageCode = languageCode == null || languageCode.isBlank() ? "ja" : languageCode;
    }
}
