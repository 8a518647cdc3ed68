package jp.mebuki.web.ui.document;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.nio.charset.StandardCharsets;

import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.document.ApplicationDocument;
import jp.mebuki.core.document.DocumentService;
import jp.mebuki.web.application.ApplicationAccess;
import jp.mebuki.web.security.PlatformUser;

@Controller
class DocumentController {

    private final DocumentService documents;
    private final ApplicationService applications;
    private final ApplicationAccess access;

    DocumentController(DocumentService documents, ApplicationService applications, ApplicationAccess access) {
        this.documents = documents;
        this.applications = applications;
        this.access = access;
    }

    /** The PDF, as an attachment; 404 for anybody who may not see its application. */
    @GetMapping("/documents/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id, @AuthenticationPrincipal PlatformUser user) {
        ApplicationDocument document = documents.require(id);
        access.audienceOf(applications.require(document.applicationId()), user);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(document.content());
    }
}
