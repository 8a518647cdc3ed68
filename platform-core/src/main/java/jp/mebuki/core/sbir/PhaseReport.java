package jp.mebuki.core.sbir;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** A final report of a phase: technical and business results and the spending against the budget. */
@Table("sbir_report")
public record PhaseReport(SbirPhase phase, String technicalResults, String businessResults, long spentYen,
        String submittedBy, Instant submittedAt) {
}
