package jp.mebuki.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationContent;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.TeamMember;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.demo.DemoDataLoader;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;

@SpringBootTest(properties = "mebuki.documents.max-bytes=4096")
class DocumentServiceIT {

    @Autowired
    DocumentService documents;
    @Autowired
    ApplicationService applications;
    @Autowired
    CallCatalog calls;
    @Autowired
    UserDirectory users;
    @Autowired
    AuditLog audit;

    @Test
    void keepsAPdfWithItsBytesAndAuditsTheUpload() {
        UserAccount mori = users.requireByUsername("app.mori");
        Application draft = draftOf(mori);
        byte[] pdf = pdf(3_000);

        ApplicationDocument saved = documents.upload(draft.getId(), mori.id(), Actor.user("app.mori"),
                "C:\\plans\\business plan.pdf", pdf);

        ApplicationDocument reloaded = documents.require(saved.id());
        assertThat(reloaded.content()).isEqualTo(pdf);
        assertThat(reloaded.fileName()).isEqualTo("business plan.pdf");
        assertThat(reloaded.sizeBytes()).isEqualTo(3_000);
        assertThat(documents.documentsOf(draft.getId())).extracting(ApplicationDocument::id).containsExactly(saved.id());
        assertThat(audit.trailOf(ApplicationService.AUDIT_SUBJECT, draft.getId().value()))
                .anyMatch(e -> e.action().equals("DOCUMENT_UPLOADED") && e.detail().contains("business plan.pdf"));
    }

    @Test
    void refusesAFileThatIsNotAPdfWhateverItsNameAndSavesNothing() {
        UserAccount mori = users.requireByUsername("app.mori");
        Application draft = draftOf(mori);

        assertThatThrownBy(() -> documents.upload(draft.getId(), mori.id(), Actor.user("app.mori"), "plan.pdf",
                "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).extracting("code", "field").containsExactly("not-pdf", "file");
        assertThat(documents.documentsOf(draft.getId())).isEmpty();
    }

    @Test
    void refusesAFileOverTheConfiguredSize() {
        UserAccount mori = users.requireByUsername("app.mori");
        Application draft = draftOf(mori);

        assertThatThrownBy(() -> documents.upload(draft.getId(), mori.id(), Actor.user("app.mori"), "big.pdf",
                pdf(4_097))).isInstanceOf(InvalidInputException.class).extracting("code").isEqualTo("too-large");
        assertThat(documents.documentsOf(draft.getId())).isEmpty();
    }

    @Test
    void refusesAnotherApplicantsApplicationAndASubmittedOne() {
        UserAccount mori = users.requireByUsername("app.mori");
        UserAccount abe = users.requireByUsername("app.abe");
        Application draft = draftOf(mori);

        assertThatThrownBy(() -> documents.upload(draft.getId(), abe.id(), Actor.user("app.abe"), "x.pdf", pdf(100)))
                .isInstanceOf(NotFoundException.class);
        applications.submit(draft.getId(), mori.id(), Actor.user("app.mori"));
        assertThatThrownBy(() -> documents.upload(draft.getId(), mori.id(), Actor.user("app.mori"), "x.pdf", pdf(100)))
                .isInstanceOf(ConflictingStateException.class);
        assertThatThrownBy(() -> documents.require(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    private Application draftOf(UserAccount applicant) {
        return applications.createDraft(applicant.id(), Actor.user(applicant.username()),
                calls.findCallByCode(DemoDataLoader.OPEN_CALL).orElseThrow().id(),
                new ApplicationContent("Gripper with documents", "A gripper.", "ROBOTICS_DRONES", GrowthStage.SEED,
                        1_000_000L, applicant.institutionCode(), List.of(new TeamMember("Mori Kaito", "lead", null))));
    }

    static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) '0');
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }
}
