package jp.mebuki.core.stagegate;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface GateAssignments extends ListCrudRepository<GateAssignment, GateAssignmentId> {

    List<GateAssignment> findByGateReviewIdOrderByIdAsc(GateReviewId gateReviewId);
}
