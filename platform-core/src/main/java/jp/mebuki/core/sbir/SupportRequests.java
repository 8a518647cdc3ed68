package jp.mebuki.core.sbir;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface SupportRequests extends ListCrudRepository<SupportRequest, SupportRequestId> {

    List<SupportRequest> findByProjectIdOrderByIdAsc(ProjectId projectId);
}
