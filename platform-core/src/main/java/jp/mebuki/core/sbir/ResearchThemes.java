package jp.mebuki.core.sbir;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

import jp.mebuki.core.programme.CallId;

interface ResearchThemes extends ListCrudRepository<ResearchTheme, ThemeId> {

    Optional<ResearchTheme> findByCode(String code);

    List<ResearchTheme> findByCallIdOrderByIdAsc(CallId callId);

    List<ResearchTheme> findAllByOrderByIdAsc();
}
