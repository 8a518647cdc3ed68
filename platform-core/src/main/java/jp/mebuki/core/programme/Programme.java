package jp.mebuki.core.programme;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A programme such as the Michinoku Gap Fund, which runs calls. */
@Table("programme")
public record Programme(
        @Id ProgrammeId id,
        String code,
        ProgrammeKind kind,
        String nameEn,
        String nameJa,
        @Version Integer version) {

    public static Programme create(String code, ProgrammeKind kind, String nameEn, String nameJa) {
        return new Programme(null, code, kind, nameEn, nameJa, null);
    }
}
