package jp.mebuki.core.sbir;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** An outcome of commercialization: a procurement contract, a private matching or a test marketing. */
@Table("sbir_outcome")
public record CommercializationOutcome(OutcomeKind kind, String counterpart, Long amountYen, String description,
        String recordedBy, Instant recordedAt) {
}
