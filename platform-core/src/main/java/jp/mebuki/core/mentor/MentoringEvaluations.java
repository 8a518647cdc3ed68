package jp.mebuki.core.mentor;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface MentoringEvaluations extends ListCrudRepository<MentoringEvaluation, Long> {

    List<MentoringEvaluation> findByMatchIdOrderByIdAsc(MentoringMatchId matchId);
}
