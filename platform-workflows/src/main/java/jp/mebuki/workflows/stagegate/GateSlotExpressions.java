package jp.mebuki.workflows.stagegate;

import java.util.Date;

import org.springframework.stereotype.Component;

import jp.mebuki.core.stagegate.GateAssignment;
import jp.mebuki.core.stagegate.GateAssignmentId;
import jp.mebuki.core.stagegate.GateAssignmentState;
import jp.mebuki.core.stagegate.StageGateService;
import jp.mebuki.core.user.UserDirectory;

/**
 * Answers the gate slot's expressions ({@code ${gateSlots.reviewerOf(gateAssignmentId)}}, ...) from
 * the assignment's domain state, so parallel slots never race on a shared process variable. Public
 * only because the expression language calls public methods of public classes.
 */
@Component("gateSlots")
public class GateSlotExpressions {

    private final StageGateService gates;
    private final UserDirectory users;

    GateSlotExpressions(StageGateService gates, UserDirectory users) {
        this.gates = gates;
        this.users = users;
    }

    public String reviewerOf(Long assignmentId) {
        return users.usernameOf(assignment(assignmentId).reviewerId());
    }

    public Date dueDateOf(Long assignmentId) {
        return Date.from(assignment(assignmentId).dueAt());
    }

    public boolean conflictDeclared(Long assignmentId) {
        return assignment(assignmentId).state() == GateAssignmentState.CONFLICT_DECLARED;
    }

    /** After a reassignment: true when the slot now holds a fresh, open assignment. */
    public boolean awaitingReview(Long assignmentId) {
        return assignment(assignmentId).state() == GateAssignmentState.ASSIGNED;
    }

    private GateAssignment assignment(Long id) {
        return gates.requireAssignment(new GateAssignmentId(id));
    }
}
