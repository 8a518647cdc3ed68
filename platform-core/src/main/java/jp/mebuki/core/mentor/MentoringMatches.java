package jp.mebuki.core.mentor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

import jp.mebuki.core.user.UserId;

interface MentoringMatches extends ListCrudRepository<MentoringMatch, MentoringMatchId> {

    List<MentoringMatch> findAllByOrderByIdAsc();

    List<MentoringMatch> findByStateOrderByIdAsc(MentoringState state);

    List<MentoringMatch> findByMentorIdOrderByIdAsc(UserId mentorId);

    List<MentoringMatch> findByMenteeUserIdOrderByIdAsc(UserId menteeUserId);

    List<MentoringMatch> findByMentorIdAndStateIn(UserId mentorId, Collection<MentoringState> states);

    List<MentoringMatch> findByStateIn(Collection<MentoringState> states);

    Optional<MentoringMatch> findFirstByMenteeKindAndMenteeIdOrderByIdDesc(MenteeKind kind, long menteeId);
}
