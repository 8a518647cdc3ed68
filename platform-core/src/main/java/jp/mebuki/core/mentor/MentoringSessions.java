package jp.mebuki.core.mentor;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface MentoringSessions extends ListCrudRepository<MentoringSession, Long> {

    List<MentoringSession> findByMatchIdOrderByIdAsc(MentoringMatchId matchId);
}
