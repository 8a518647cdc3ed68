package jp.mebuki.web.mentoring;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.mebuki.core.mentor.MenteeKind;
import jp.mebuki.core.mentor.MentoringState;
import jp.mebuki.core.mentor.OfferState;
import jp.mebuki.core.programme.GrowthStage;

/** The mentoring of one team: its needs, state, current mentor and every proposal or offer with its score parts. */
@Schema(name = "MentoringMatch")
@JsonInclude(JsonInclude.Include.NON_NULL)
record MentoringMatchView(
        long id,
        MenteeKind menteeKind,
        long menteeId,
        String title,
        String fieldCode,
        GrowthStage growthStage,
        String institutionCode,
        String prefecture,
        MentoringState state,
        Long mentorId,
        Instant openedAt,
        Instant startedAt,
        Instant endedAt,
        List<OfferView> offers) {

    /** One mentor proposed or offered, why (score parts), by whom, and the answer. */
    @Schema(name = "MentorOffer")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OfferView(long mentorId, OfferState state, FitView fit, String proposedBy, Instant proposedAt,
            Instant respondedAt, String note) {
    }

    /** The fit in points: field 40, stage 25, region 15, language 10, load 10. */
    @Schema(name = "MentorFit")
    record FitView(int field, int stage, int region, int language, int load, int total, String explanation) {
    }
}
