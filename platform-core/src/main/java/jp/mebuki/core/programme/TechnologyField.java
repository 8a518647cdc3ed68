package jp.mebuki.core.programme;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A national priority technology field (reference data, from {@code technology-fields.csv}). */
@Table("technology_field")
public record TechnologyField(@Id String code, String nameEn, String nameJa) {
}
