package jp.mebuki.core.programme;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A university or college (reference data, from {@code institutions.csv}). */
@Table("institution")
public record Institution(
        @Id String code,
        String nameEn,
        String nameJa,
        String prefectureEn,
        String prefectureJa,
        String kind,
        boolean platformMember) {
}
