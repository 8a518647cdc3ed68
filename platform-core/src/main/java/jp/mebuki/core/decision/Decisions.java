package jp.mebuki.core.decision;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

import jp.mebuki.core.application.ApplicationId;

interface Decisions extends ListCrudRepository<Decision, Long> {

    List<Decision> findByApplicationIdOrderByIdAsc(ApplicationId applicationId);
}
