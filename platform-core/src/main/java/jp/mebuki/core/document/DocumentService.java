package jp.mebuki.core.document;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.user.UserId;

/** Takes an applicant's PDF documents while the application is editable, and hands them out by id. */
@Service
public class DocumentService {

    /** Every PDF file starts with these bytes, whatever its name or declared type says. */
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_NAME = 255;

    private final ApplicationDocuments documents;
    private final ApplicationService applications;
    private final AuditLog audit;
    private final Clock clock;
    private final long maxBytes;

    DocumentService(ApplicationDocuments documents, ApplicationService applications, AuditLog audit, Clock clock,
            @Value("${mebuki.documents.max-bytes:10485760}") long maxBytes) {
        this.documents = documents;
        this.applications = applications;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Transactional
    public ApplicationDocument upload(ApplicationId applicationId, UserId owner, Actor actor, String fileName,
            byte[] content) {
        Application application = applications.requireOwned(applicationId, owner);
        if (!application.getStatus().isEditable()) {
            throw new ConflictingStateException("not-editable",
                    "application " + applicationId + " is " + application.getStatus() + "; documents can no longer be added");
        }
        if (content == null || content.length == 0) {
            throw new InvalidInputException("required", "file", "choose a PDF file to upload");
        }
        if (content.length > maxBytes) {
            throw new InvalidInputException("too-large", "file",
                    "the file has " + content.length + " bytes; at most " + maxBytes + " are accepted");
        }
        if (content.length < PDF_MAGIC.length
                || !Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC)) {
            throw new InvalidInputException("not-pdf", "file", "only PDF files are accepted");
        }
        String name = safeName(fileName);
        ApplicationDocument saved = documents.save(new ApplicationDocument(null, applicationId, name,
                "application/pdf", content.length, content, owner, clock.instant()));
        audit.record(actor, "DOCUMENT_UPLOADED", ApplicationService.AUDIT_SUBJECT, applicationId.value(),
                name + " (" + content.length + " bytes)");
        return saved;
    }

    @Transactional(readOnly = true)
    public List<ApplicationDocument> documentsOf(ApplicationId applicationId) {
        return documents.findByApplicationIdOrderByIdAsc(applicationId);
    }

    /** The document; whether the caller may have it is for the caller to check against its application. */
    @Transactional(readOnly = true)
    public ApplicationDocument require(long id) {
        return documents.findById(id).orElseThrow(() -> new NotFoundException("document", id));
    }

    /** The base name only, without path or control characters, ending in .pdf. */
    private static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "document.pdf";
        }
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            name = name + ".pdf";
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }
}
