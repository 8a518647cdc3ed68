package jp.mebuki.core.document;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.user.UserId;

/** One uploaded PDF of an application. */
@Table("application_document")
public record ApplicationDocument(
        @Id Long id,
        ApplicationId applicationId,
        String fileName,
        String contentType,
        long sizeBytes,
        byte[] content,
        UserId uploadedBy,
        Instant uploadedAt) {
}
