package jp.mebuki.core.review;

import java.util.List;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationContent;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.TeamMember;
import jp.mebuki.core.demo.DemoDataLoader;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;

/** Test data of the review tests: applications of app.abe (Tohoku University) in the open demo call. */
final class ApplicationsUnderReview {

    private ApplicationsUnderReview() {
    }

    /** A submitted, eligible application in the given field, in its first review round. */
    static Application create(ApplicationService applications, CallCatalog calls, UserDirectory users, String title,
            String field) {
        UserAccount abe = users.requireByUsername("app.abe");
        Application draft = applications.createDraft(abe.id(), Actor.user("app.abe"),
                calls.findCallByCode(DemoDataLoader.OPEN_CALL).orElseThrow().id(),
                new ApplicationContent(title, "Watching fish health with small cameras.", field, GrowthStage.SEED,
                        2_000_000L, "tohoku-u", List.of(new TeamMember("Abe Haruka", "lead", null))));
        applications.submit(draft.getId(), abe.id(), Actor.user("app.abe"));
        return applications.startReviewRound(draft.getId());
    }
}
