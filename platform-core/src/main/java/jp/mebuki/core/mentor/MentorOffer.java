package jp.mebuki.core.mentor;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

import jp.mebuki.core.user.UserId;

/**
 * One mentor proposed for or offered to a team, with the score parts that explain the choice, who
 * made it (the matcher = {@code system}, or a PM's override with its reason) and the mentor's answer.
 */
@Table("mentor_offer")
public record MentorOffer(
        UserId mentorId,
        OfferState state,
        int fitField,
        int fitStage,
        int fitRegion,
        int fitLanguage,
        int fitLoad,
        String proposedBy,
        Instant proposedAt,
        Instant respondedAt,
        String note) {

    static MentorOffer of(UserId mentorId, OfferState state, FitScore fit, String proposedBy, Instant at, String note) {
        return new MentorOffer(mentorId, state, fit.field(), fit.stage(), fit.region(), fit.language(), fit.load(),
                proposedBy, at, null, note);
    }

    public FitScore fit() {
        return new FitScore(fitField, fitStage, fitRegion, fitLanguage, fitLoad);
    }

    MentorOffer moveTo(OfferState next, Instant at, String withNote) {
        return new MentorOffer(mentorId, next, fitField, fitStage, fitRegion, fitLanguage, fitLoad, proposedBy,
                proposedAt, at, withNote == null ? note : withNote);
    }
}
