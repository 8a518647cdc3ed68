package jp.mebuki.core.review;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

import jp.mebuki.core.application.ApplicationId;

interface ConflictsOfInterest extends ListCrudRepository<ConflictOfInterest, Long> {

    List<ConflictOfInterest> findByApplicationId(ApplicationId applicationId);
}
