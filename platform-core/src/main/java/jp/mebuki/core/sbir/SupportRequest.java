package jp.mebuki.core.sbir;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A PM's request for hands-on support (伴走支援) of a project, and how it was arranged. */
@Table("sbir_support_request")
public record SupportRequest(@Id SupportRequestId id, ProjectId projectId, SupportKind kind, String note,
        String requestedBy, Instant requestedAt, String arrangedNote, Instant arrangedAt) {

    SupportRequest arranged(String how, Instant at) {
        return new SupportRequest(id, projectId, kind, note, requestedBy, requestedAt, how, at);
    }
}
