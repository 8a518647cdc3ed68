package jp.mebuki.web.mentoring;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import jp.mebuki.core.mentor.DeclaredConflict;
import jp.mebuki.core.mentor.FitScore;
import jp.mebuki.core.mentor.MentorOffer;
import jp.mebuki.core.mentor.MentorProfile;
import jp.mebuki.core.mentor.MentorProfileChange;
import jp.mebuki.core.mentor.MentoringMatch;
import jp.mebuki.core.mentor.MentoringMatchId;
import jp.mebuki.core.mentor.MentoringSession;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserId;

@Mapper
interface MentoringViewMapper {

    @Mapping(target = "userId", source = "profile.userId")
    @Mapping(target = "username", source = "account.username")
    @Mapping(target = "displayName", source = "account.displayName")
    @Mapping(target = "fieldCodes", expression = "java(profile.fieldCodes())")
    @Mapping(target = "stages", expression = "java(profile.stages())")
    @Mapping(target = "languages", expression = "java(profile.languages())")
    @Mapping(target = "prefecture", source = "profile.prefecture")
    @Mapping(target = "capacity", source = "profile.capacity")
    @Mapping(target = "available", source = "profile.available")
    @Mapping(target = "institutionCode", source = "profile.institutionCode")
    @Mapping(target = "alumniFounder", source = "profile.alumniFounder")
    @Mapping(target = "bio", source = "profile.bio")
    @Mapping(target = "conflicts", source = "profile.conflicts")
    MentorProfileView toView(MentorProfile profile, UserAccount account, int currentLoad);

    MentorProfileView.ConflictView toView(DeclaredConflict conflict);

    MentorProfileChange toChange(MentorProfileRequest request);

    DeclaredConflict toConflict(MentorProfileRequest.ConflictRequest request);

    @Mapping(target = "prefecture", source = "prefecture")
    MentoringMatchView toView(MentoringMatch match);

    List<MentoringMatchView> toMatchViews(List<MentoringMatch> matches);

    @Mapping(target = "fit", expression = "java(toView(offer.fit()))")
    MentoringMatchView.OfferView toView(MentorOffer offer);

    @Mapping(target = "total", expression = "java(fit.total())")
    @Mapping(target = "explanation", expression = "java(fit.explain())")
    MentoringMatchView.FitView toView(FitScore fit);

    MentoringSessionView toView(MentoringSession session);

    List<MentoringSessionView> toSessionViews(List<MentoringSession> sessions);

    default long id(MentoringMatchId id) {
        return id.value();
    }

    default Long userId(UserId id) {
        return id == null ? null : id.value();
    }
}
