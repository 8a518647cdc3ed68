package jp.mebuki.core.review;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;

    ReviewerSelector(UserDirectory users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
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
        Map<Long, Long> load = currentLoad();
        Function<ReviewerProfile, Long> loadOf = u -> load.getOrDefault(u.id().value(), 0L);
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

    /** Open assignments per reviewer id: what each reviewer has on their desk right now. */
    private Map<Long, Long> currentLoad() {
        return jdbc.sql("select reviewer_id, count(*) as open_count from review_assignment"
                        + " where state in ('ASSIGNED', 'ACCEPTED') group by reviewer_id")
                .query((rs, n) -> Map.entry(rs.getLong("reviewer_id"), rs.getLong("open_count")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
