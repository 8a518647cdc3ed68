package jp.mebuki.core.programme;

import org.springframework.data.relational.core.mapping.Table;

/** An institution whose members may apply to a call (row of {@code funding_call_institution}). */
@Table("funding_call_institution")
public record EligibleInstitution(String institutionCode) {
}
