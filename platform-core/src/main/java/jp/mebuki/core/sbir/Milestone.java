package jp.mebuki.core.sbir;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** A milestone of a phase. */
@Table("sbir_milestone")
public record Milestone(SbirPhase phase, String title, Instant dueAt) {
}
