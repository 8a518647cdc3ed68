package jp.mebuki.core.sbir;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.user.UserId;

interface SbirProjects extends ListCrudRepository<SbirProject, ProjectId> {

    List<SbirProject> findAllByOrderByIdAsc();

    List<SbirProject> findByAwardeeIdOrderByIdAsc(UserId awardee);

    Optional<SbirProject> findByApplicationId(ApplicationId applicationId);
}
