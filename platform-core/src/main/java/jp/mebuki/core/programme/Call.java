package jp.mebuki.core.programme;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A call for applications (公募) of a programme: its window, budget, cap per application, the
 * institutions whose members may apply, the review set-up and the rubric.
 */
@Table("funding_call")
public record Call(
        @Id CallId id,
        ProgrammeId programmeId,
        String code,
        String titleEn,
        String titleJa,
        Instant opensAt,
        Instant closesAt,
        long budgetYen,
        long capPerApplicationYen,
        int reviewersPerApplication,
        int reviewPeriodDays,
        int reminderLeadDays,
        boolean blindReview,
        @MappedCollection(idColumn = "funding_call") Set<EligibleInstitution> eligibleInstitutions,
        @MappedCollection(idColumn = "funding_call", keyColumn = "funding_call_key") List<RubricCriterion> rubric,
        @Version Integer version) {

    /** Unmodifiable collections: one instance is shared by the threads of a node (CallCatalog reuses it). */
    public Call {
        eligibleInstitutions = eligibleInstitutions == null ? Set.of() : Set.copyOf(eligibleInstitutions);
        rubric = rubric == null ? List.of() : List.copyOf(rubric);
    }

    /** Reviewers per application when a call does not say otherwise. */
    public static final int DEFAULT_REVIEWERS_PER_APPLICATION = 3;

    public boolean isOpenAt(Instant instant) {
        return !instant.isBefore(opensAt) && instant.isBefore(closesAt);
    }

    public boolean admitsInstitution(String institutionCode) {
        return institutionCode != null && eligibleInstitutionCodes().contains(institutionCode);
    }

    public Set<String> eligibleInstitutionCodes() {
        return eligibleInstitutions.stream().map(EligibleInstitution::institutionCode)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean withinCap(long amountYen) {
        return amountYen <= capPerApplicationYen;
    }
}
