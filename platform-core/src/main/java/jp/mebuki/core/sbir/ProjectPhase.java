package jp.mebuki.core.sbir;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** One phase in a project's history: budget, start, planned end, and how it ended. */
@Table("sbir_project_phase")
public record ProjectPhase(SbirPhase phase, Long budgetYen, Instant startedAt, Instant plannedEnd, Instant endedAt,
        String outcome) {

    ProjectPhase ended(Instant at, String how) {
        return new ProjectPhase(phase, budgetYen, startedAt, plannedEnd, at, how);
    }

    ProjectPhase extendedTo(Instant end) {
        return new ProjectPhase(phase, budgetYen, startedAt, end, endedAt, outcome);
    }
}
