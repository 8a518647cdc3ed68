package jp.mebuki.core.stagegate;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.user.UserId;

/** One reviewer's slot on a gate review, with the technical and business score once scored. */
@Table("gate_review_assignment")
public record GateAssignment(
        @Id GateAssignmentId id,
        GateReviewId gateReviewId,
        UserId reviewerId,
        int slot,
        GateAssignmentState state,
        Instant assignedAt,
        Instant dueAt,
        BigDecimal technicalScore,
        BigDecimal businessScore,
        @Column("comment_text") String comment,
        String conflictReason,
        @Version Integer version) {

    static GateAssignment open(GateReviewId review, UserId reviewer, int slot, Instant now, Instant due) {
        return new GateAssignment(null, review, reviewer, slot, GateAssignmentState.ASSIGNED, now, due, null, null,
                null, null, null);
    }

    GateAssignment scored(BigDecimal technical, BigDecimal business, String text) {
        requireOpen();
        return new GateAssignment(id, gateReviewId, reviewerId, slot, GateAssignmentState.SCORED, assignedAt, dueAt,
                technical, business, text, null, version);
    }

    GateAssignment conflicted(String reason) {
        requireOpen();
        return new GateAssignment(id, gateReviewId, reviewerId, slot, GateAssignmentState.CONFLICT_DECLARED,
                assignedAt, dueAt, null, null, null, reason, version);
    }

    private void requireOpen() {
        if (state != GateAssignmentState.ASSIGNED) {
            throw new ConflictingStateException("unexpected-assignment-state",
                    "gate assignment " + id + " is " + state);
        }
    }

    public boolean belongsTo(UserId reviewer) {
        return reviewerId.equals(reviewer);
    }
}
