package jp.mebuki.core.review;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.user.ReviewerProfile;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.core.user.UserId;

/**
 * Ranks the reviewers who may review an application. Hard rules: a reviewer is never from the
 * applicant's institution, never the applicant, never someone who declared a conflict on it, and
 * never someone already holding (or having held) a slot in the same round. Among the rest: reviewers
 * of the previous round first (they judge a revision best), then those who know the application's
 * field, then the least loaded, then by username so that the choice is repeatable.
 */
@Component
public class ReviewerSelector {

    private final UserDirectory users;
    private final ReviewerWorkload workload;

    ReviewerSelector(UserDirectory users, ReviewerWorkload workload) {
        this.users = users;
        this.workload = workload;
    }

    List<ReviewerProfile> select(Application application, int count, Set<UserId> excluded, Set<UserId> declaredConflict,
            Set<UserId> previousRoundReviewers) {
        return select(application.getApplicantId(), application.getInstitutionCode(), application.getTechnologyField(),
                count, excluded, declaredConflict, previousRoundReviewers);
    }

    /**
     * The same rules for any reviewed subject (e.g. a stage-gate review of an SBIR project): never the
     * owner, never from the owner's institution, never a declared conflict or an excluded reviewer.
     */
    public List<ReviewerProfile> select(UserId owner, String ownerInstitution, String technologyField, int count,
            Set<UserId> excluded, Set<UserId> declaredConflict, Set<UserId> previousRoundReviewers) {
        Map<Long, Integer> load = workload.openAssignments();
        Function<ReviewerProfile, Integer> loadOf = u -> load.getOrDefault(u.id().value(), 0);
        Comparator<ReviewerProfile> ranking = Comparator
                .comparing((ReviewerProfile u) -> !previousRoundReviewers.contains(u.id()))
                .thenComparing(u -> !u.fieldCodes().contains(technologyField))
                .thenComparing(loadOf)
                .thenComparing(ReviewerProfile::username);
        return users.reviewerProfiles().stream()
                .filter(u -> !u.id().equals(owner))
                .filter(u -> u.institutionCode() == null || !u.institutionCode().equals(ownerInstitution))
                .filter(u -> !declaredConflict.contains(u.id()))
                .filter(u -> !excluded.contains(u.id()))
                .sorted(ranking)
                .limit(count)
                .toList();
    }
}
