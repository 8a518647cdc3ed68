package jp.mebuki.core.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.programme.Call;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.CallId;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.shared.TransactionMemo;
import jp.mebuki.core.user.UserId;

/**
 * Everything that changes an application. Applicant-facing operations check ownership and input and
 * fail before anything is written; process-facing operations move the status as the screening
 * process advances.
 */
@Service
public class ApplicationService {

    /** The audit subject type of applications; the whole screening trail hangs off it. */
    public static final String AUDIT_SUBJECT = "APPLICATION";

    private static final int MAX_TITLE = 200;
    private static final int MAX_ABSTRACT = 4000;
    private static final int MAX_TEAM = 20;

    private final Applications applications;
    private final CallCatalog calls;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationOverviews overviews;
    private final ApplicationCollections collections;
    private final TransactionMemo<ApplicationId, Application> memo = new TransactionMemo<>("applications");
    /**
     * Calls by application, kept by each node: an application never moves to another call ({@code Application.callId}
     * is final) and an id is never reused, so no node can hold a stale one. Every review looks it up.
     */
    private final Cache<ApplicationId, CallId> callsByApplication = Caffeine.newBuilder().maximumSize(50_000).build();

    ApplicationService(Applications applications, CallCatalog calls, AuditLog audit, Clock clock,
            ApplicationOverviews overviews, ApplicationCollections collections) {
        this.applications = applications;
        this.collections = collections;
        this.overviews = overviews;
        this.calls = calls;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- applicant operations

    @Transactional
    public Application createDraft(UserId applicant, Actor actor, CallId callId, ApplicationContent content) {
        if (callId == null) {
            throw new InvalidInputException("required", "callId", "callId is required");
        }
        Call call = calls.findCall(callId)
                .orElseThrow(() -> new InvalidInputException("unknown-call", "callId", "no call with id " + callId));
        if (!call.isOpenAt(clock.instant())) {
            throw new ConflictingStateException("call-closed", "call " + call.code() + " is not open for applications");
        }
        validateContent(call, content);
        Application saved = save(Application.draft(callId, applicant, content, actor, clock.instant()));
        audit.record(actor, "APPLICATION_DRAFTED", AUDIT_SUBJECT, saved.getId().value(), "draft created for call " + call.code());
        return saved;
    }

    @Transactional
    public Application editDraft(ApplicationId id, UserId applicant, Actor actor, ApplicationContent content) {
        Application application = requireOwned(id, applicant);
        Call call = calls.requireCall(application.getCallId());
        validateContent(call, content);
        application.edit(content);
        return save(application);
    }

    /**
     * Checks that a submission can be accepted and records it. Starting or resuming the screening
     * process is the caller's business (the process layer), in the same transaction.
     */
    @Transactional
    public Application submit(ApplicationId id, UserId applicant, Actor actor) {
        Application application = requireOwned(id, applicant);
        if (!application.getStatus().isEditable()) {
            throw new ConflictingStateException("already-submitted",
                    "application " + id + " is " + application.getStatus() + " and cannot be submitted again");
        }
        Call call = calls.requireCall(application.getCallId());
        boolean resubmission = application.getStatus() == ApplicationStatus.REVISION_REQUESTED;
        if (!resubmission && !call.isOpenAt(clock.instant())) {
            throw new ConflictingStateException("call-closed",
                    "call " + call.code() + " closed at " + call.closesAt() + "; submissions are no longer accepted");
        }
        List<String> missing = missingFields(application);
        if (!missing.isEmpty()) {
            throw new InvalidInputException("required", missing.get(0),
                    "required before submission: " + String.join(", ", missing));
        }
        application.submit(actor, clock.instant());
        Application saved = save(application);
        audit.record(actor, resubmission ? "APPLICATION_RESUBMITTED" : "APPLICATION_SUBMITTED", AUDIT_SUBJECT,
                id.value(), "requested " + application.getRequestedAmountYen() + " JPY");
        return saved;
    }

    @Transactional
    public Application withdraw(ApplicationId id, UserId applicant, Actor actor, String reason) {
        Application application = requireOwned(id, applicant);
        application.withdraw(actor, clock.instant(), reason);
        Application saved = save(application);
        audit.record(actor, "APPLICATION_WITHDRAWN", AUDIT_SUBJECT, id.value(),
                reason == null || reason.isBlank() ? "withdrawn by the applicant" : reason);
        return saved;
    }

    // ---------------------------------------------------------------- queries

    /** Read once per transaction: submitting, for one, checks, records and routes the same application. */
    @Transactional(readOnly = true)
    public Application require(ApplicationId id) {
        Application application = memo.get(id, () -> applications.findById(id).orElse(null));
        if (application == null) {
            throw new NotFoundException("application", id);
        }
        return application;
    }

    /** The call the application belongs to: one column, where the application aggregate takes three queries. */
    @Transactional(readOnly = true)
    public CallId callOf(ApplicationId id) {
        Application known = memo.peek(id);
        if (known != null) {
            return known.getCallId();
        }
        return callsByApplication.get(id, unknown -> applications.findCallIdById(unknown.value()).map(CallId::new)
                .orElseThrow(() -> new NotFoundException("application", unknown)));
    }

    /** The overviews of those of the applications that exist, in one query, by id. */
    @Transactional(readOnly = true)
    public Map<ApplicationId, ApplicationOverview> overviewsOf(Collection<ApplicationId> ids) {
        return overviews.of(ids).stream().collect(Collectors.toMap(ApplicationOverview::id, Function.identity()));
    }

    /** The application if the user owns it; otherwise not found, so others' ids reveal nothing. */
    @Transactional(readOnly = true)
    public Application requireOwned(ApplicationId id, UserId applicant) {
        Application application = memo.get(id, () -> applications.findById(id).orElse(null));
        if (application == null || !application.isOwnedBy(applicant)) {
            throw new NotFoundException("application", id);
        }
        return application;
    }

    @Transactional(readOnly = true)
    public List<Application> ownedBy(UserId applicant) {
        return applications.findByApplicantIdOrderByIdAsc(applicant);
    }

    @Transactional(readOnly = true)
    public List<Application> all() {
        return applications.findAllByOrderByIdAsc();
    }

    @Transactional(readOnly = true)
    public List<Application> ofCall(CallId callId) {
        return applications.findByCallIdOrderByIdAsc(callId);
    }

    @Transactional(readOnly = true)
    public EligibilityFacts eligibilityFacts(ApplicationId id) {
        Application application = require(id);
        Call call = calls.requireCall(application.getCallId());
        return new EligibilityFacts(
                call.admitsInstitution(application.getInstitutionCode()),
                application.getFirstSubmittedAt() != null && call.isOpenAt(application.getFirstSubmittedAt()),
                application.getRequestedAmountYen() != null && application.getRequestedAmountYen() > 0
                        && call.withinCap(application.getRequestedAmountYen()),
                missingFields(application).isEmpty());
    }

    // ---------------------------------------------------------------- process steps

    @Transactional
    public Application markIneligible(ApplicationId id, List<String> reasonCodes) {
        Application application = require(id);
        String reasons = String.join(", ", reasonCodes);
        application.markIneligible(reasonCodes, clock.instant());
        audit.record(Actor.SYSTEM, "ELIGIBILITY_DECIDED", AUDIT_SUBJECT, id.value(), "ineligible: " + reasons);
        return save(application);
    }

    @Transactional
    public Application startReviewRound(ApplicationId id) {
        Application application = require(id);
        boolean firstRound = application.getReviewRound() == 0;
        application.startReviewRound(clock.instant(), firstRound
                ? StatusNote.coded(StatusNote.ELIGIBLE, "eligible", List.of())
                : StatusNote.coded(StatusNote.BACK_TO_REVIEW, "resubmission back to review", List.of()));
        if (firstRound) {
            audit.record(Actor.SYSTEM, "ELIGIBILITY_DECIDED", AUDIT_SUBJECT, id.value(), "eligible: all rules passed");
        }
        return save(application);
    }

    @Transactional
    public Application awaitDecision(ApplicationId id, BigDecimal weightedMean, BigDecimal spread, int reviewCount) {
        Application application = require(id);
        application.awaitDecision(weightedMean, spread, clock.instant(),
                StatusNote.coded(StatusNote.REVIEWS_COMPLETE,
                        reviewCount + " reviews, weighted mean " + weightedMean + ", spread " + spread,
                        List.of(String.valueOf(reviewCount), String.valueOf(weightedMean), String.valueOf(spread))));
        return save(application);
    }

    /** Records the status a PM's decision leads to; the decision itself is kept by the decision module. */
    @Transactional
    public Application applyDecision(ApplicationId id, ApplicationStatus outcome, Actor actor, String reason) {
        Application application = require(id);
        application.decide(outcome, actor, clock.instant(), reason);
        return save(application);
    }

    /**
     * Every write goes through here, so that the transaction's memo holds what was saved. The memo is
     * dropped with the transaction, also when it rolls back, so a changed but unsaved instance never outlives it.
     */
    private Application save(Application application) {
        Application saved = application.getId() != null && !application.isTeamChanged()
                ? storeProgress(application)
                : applications.save(application);
        collections.storeNew(application, saved);
        return memo.put(saved.getId(), saved);
    }

    /**
     * A step of the screening on a stored application: one update of the columns it changes, with the same
     * version check as Spring Data JDBC's save, which would write every column (4 saves per screened application).
     */
    private Application storeProgress(Application application) {
        int updated = applications.updateProgress(application.getId().value(), application.getStatus().name(),
                application.getReviewRound(), application.getFirstSubmittedAt(), application.getLastSubmittedAt(),
                application.getWeightedMeanScore(), application.getScoreSpread(), application.getVersion());
        if (updated != 1) {
            throw new OptimisticLockingFailureException(
                    "application " + application.getId() + " was changed since version " + application.getVersion());
        }
        application.progressStored();
        return application;
    }

    // ---------------------------------------------------------------- validation

    private void validateContent(Call call, ApplicationContent content) {
        if (content == null || content.title() == null || content.title().isBlank()) {
            throw new InvalidInputException("required", "title", "title is required");
        }
        if (content.title().length() > MAX_TITLE) {
            throw new InvalidInputException("too-long", "title", "title must be at most " + MAX_TITLE + " characters");
        }
        if (content.abstractText() != null && content.abstractText().length() > MAX_ABSTRACT) {
            throw new InvalidInputException("too-long", "abstractText",
                    "abstractText must be at most " + MAX_ABSTRACT + " characters");
        }
        if (content.technologyField() != null && !calls.isTechnologyField(content.technologyField())) {
            throw new InvalidInputException("unknown-field", "technologyField",
                    "unknown technology field " + content.technologyField());
        }
        if (content.institutionCode() != null && calls.findInstitution(content.institutionCode()).isEmpty()) {
            throw new InvalidInputException("unknown-institution", "institutionCode",
                    "unknown institution " + content.institutionCode());
        }
        Long amount = content.requestedAmountYen();
        if (amount != null && amount <= 0) {
            throw new InvalidInputException("not-positive", "requestedAmountYen",
                    "requestedAmountYen must be a positive amount of yen");
        }
        if (amount != null && !call.withinCap(amount)) {
            throw new InvalidInputException("amount-over-cap", "requestedAmountYen",
                    "requestedAmountYen " + amount + " exceeds the call's cap of " + call.capPerApplicationYen() + " JPY");
        }
        if (content.team().size() > MAX_TEAM) {
            throw new InvalidInputException("too-many", "team", "a team has at most " + MAX_TEAM + " members");
        }
        for (int i = 0; i < content.team().size(); i++) {
            TeamMember member = content.team().get(i);
            if (member == null || member.name() == null || member.name().isBlank()) {
                throw new InvalidInputException("required", "team[" + i + "].name", "every team member needs a name");
            }
            if (member.role() == null || member.role().isBlank()) {
                throw new InvalidInputException("required", "team[" + i + "].role", "every team member needs a role");
            }
        }
    }

    private static List<String> missingFields(Application a) {
        List<String> missing = new ArrayList<>();
        if (a.getAbstractText() == null || a.getAbstractText().isBlank()) {
            missing.add("abstractText");
        }
        if (a.getTechnologyField() == null) {
            missing.add("technologyField");
        }
        if (a.getGrowthStage() == null) {
            missing.add("growthStage");
        }
        if (a.getRequestedAmountYen() == null) {
            missing.add("requestedAmountYen");
        }
        if (a.getInstitutionCode() == null) {
            missing.add("institutionCode");
        }
        if (a.getTeam().isEmpty()) {
            missing.add("team");
        }
        return missing;
    }
}
