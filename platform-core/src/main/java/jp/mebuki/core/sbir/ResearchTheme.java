package jp.mebuki.core.sbir;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import jp.mebuki.core.programme.CallId;

/** A research theme (研究開発課題) a PM wrote with a requesting agency from a policy need. */
@Table("sbir_theme")
public record ResearchTheme(
        @Id ThemeId id,
        String code,
        String titleEn,
        String titleJa,
        String requestingAgency,
        String policyNeed,
        String technologyField,
        CallId callId,
        String createdBy,
        Instant createdAt,
        @Version Integer version) {

    ResearchTheme onCall(CallId call) {
        return new ResearchTheme(id, code, titleEn, titleJa, requestingAgency, policyNeed, technologyField, call,
                createdBy, createdAt, version);
    }
}
