package jp.mebuki.core.sbir;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.programme.Call;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.EligibleInstitution;
import jp.mebuki.core.programme.Programme;
import jp.mebuki.core.programme.ProgrammeKind;
import jp.mebuki.core.programme.RubricCriterion;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;

/**
 * Research themes and the SBIR call on them. The call is an ordinary {@link Call} of the SBIR
 * programme whose cap per application is Phase 1's maximum, so that the gap fund's screening
 * (eligibility table, reviewers, PM decision) selects SBIR applicants unchanged.
 */
@Service
public class SbirCatalog {

    public static final String PROGRAMME_CODE = "SBIR";
    public static final String THEME_SUBJECT = "SBIR_THEME";

    private final ResearchThemes themes;
    private final CallCatalog calls;
    private final SbirPhaseRules rules;
    private final AuditLog audit;
    private final Clock clock;

    SbirCatalog(ResearchThemes themes, CallCatalog calls, SbirPhaseRules rules, AuditLog audit, Clock clock) {
        this.themes = themes;
        this.calls = calls;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ResearchTheme createTheme(Actor pm, String code, String titleEn, String titleJa, String requestingAgency,
            String policyNeed, String technologyField) {
        required(code, "code", 60);
        required(titleEn, "titleEn", 200);
        required(titleJa, "titleJa", 200);
        required(requestingAgency, "requestingAgency", 200);
        required(policyNeed, "policyNeed", 4000);
        if (!calls.isTechnologyField(technologyField)) {
            throw new InvalidInputException("unknown-field", "technologyField", "unknown technology field "
                    + technologyField);
        }
        if (themes.findByCode(code.strip()).isPresent()) {
            throw new ConflictingStateException("duplicate-code", "a theme with code " + code + " exists");
        }
        ResearchTheme saved = themes.save(new ResearchTheme(null, code.strip(), titleEn.strip(), titleJa.strip(),
                requestingAgency.strip(), policyNeed.strip(), technologyField, null, pm.name(), clock.instant(),
                null));
        audit.record(pm, "SBIR_THEME_CREATED", THEME_SUBJECT, saved.id().value(),
                saved.code() + " for " + saved.requestingAgency() + ": " + saved.policyNeed());
        return saved;
    }

    /** Opens the SBIR call on the given themes (each theme belongs to at most one call). */
    @Transactional
    public Call openCall(Actor pm, String code, String titleEn, String titleJa, Instant opensAt, Instant closesAt,
            Long budgetYen, Integer reviewersPerApplication, List<ThemeId> themeIds) {
        required(code, "code", 60);
        required(titleEn, "titleEn", 200);
        required(titleJa, "titleJa", 200);
        if (opensAt == null) {
            throw new InvalidInputException("required", "opensAt", "opensAt is required");
        }
        if (closesAt == null || !closesAt.isAfter(opensAt)) {
            throw new InvalidInputException("required", "closesAt", "closesAt is required and after opensAt");
        }
        if (budgetYen == null || budgetYen <= 0) {
            throw new InvalidInputException("required", "budgetYen", "a positive budget is required");
        }
        if (themeIds == null || themeIds.isEmpty()) {
            throw new InvalidInputException("required", "themeIds", "an SBIR call needs at least one theme");
        }
        if (calls.findCallByCode(code.strip()).isPresent()) {
            throw new ConflictingStateException("duplicate-code", "a call with code " + code + " exists");
        }
        List<ResearchTheme> chosen = new ArrayList<>();
        for (ThemeId id : new LinkedHashSet<>(themeIds)) {
            ResearchTheme theme = themes.findById(id).orElseThrow(() -> new InvalidInputException("unknown-theme",
                    "themeIds", "no theme with id " + id));
            if (theme.callId() != null) {
                throw new ConflictingStateException("theme-on-call", "theme " + theme.code() + " is already on a call");
            }
            chosen.add(theme);
        }
        Programme sbir = calls.findProgrammeByCode(PROGRAMME_CODE).orElseGet(() -> calls.saveProgramme(
                Programme.create(PROGRAMME_CODE, ProgrammeKind.SBIR, "SBIR (Small/Startup Business Innovation Research)",
                        "SBIR制度（スタートアップ等による研究開発促進）")));
        // SBIR is national: every known institution may apply
        Set<EligibleInstitution> everyone = calls.institutions().stream()
                .map(i -> new EligibleInstitution(i.code())).collect(Collectors.toSet());
        int reviewers = reviewersPerApplication == null ? Call.DEFAULT_REVIEWERS_PER_APPLICATION
                : reviewersPerApplication;
        if (reviewers < 1 || reviewers > 10) {
            throw new InvalidInputException("out-of-range", "reviewersPerApplication", "1 to 10 reviewers");
        }
        Call call = calls.saveCall(new Call(null, sbir.id(), code.strip(), titleEn.strip(), titleJa.strip(), opensAt,
                closesAt, budgetYen, rules.rangeOf(SbirPhase.PHASE_1, null).maxYen(), reviewers, 14, 3, false,
                everyone, sbirRubric(), null));
        chosen.forEach(t -> themes.save(t.onCall(call.id())));
        audit.record(pm, "SBIR_CALL_OPENED", THEME_SUBJECT, chosen.get(0).id().value(), "call " + call.code()
                + " on themes " + chosen.stream().map(ResearchTheme::code).collect(Collectors.joining(", ")));
        return call;
    }

    @Transactional(readOnly = true)
    public List<ResearchTheme> themes() {
        return themes.findAllByOrderByIdAsc();
    }

    @Transactional(readOnly = true)
    public List<ResearchTheme> themesOf(jp.mebuki.core.programme.CallId callId) {
        return themes.findByCallIdOrderByIdAsc(callId);
    }

    @Transactional(readOnly = true)
    public ResearchTheme requireTheme(ThemeId id) {
        return themes.findById(id).orElseThrow(() -> new NotFoundException("theme", id));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<ResearchTheme> findThemeByCode(String code) {
        return themes.findByCode(code);
    }

    /** Selection rubric of SBIR calls: the policy need weighs as much as the technology. */
    public static List<RubricCriterion> sbirRubric() {
        return List.of(
                new RubricCriterion("TECHNOLOGY", "Technology and feasibility", "技術・実現可能性", new BigDecimal("0.35"), 5),
                new RubricCriterion("POLICY_FIT", "Fit with the theme's policy need", "研究開発課題・政策ニーズへの適合",
                        new BigDecimal("0.35"), 5),
                new RubricCriterion("COMMERCIALIZATION", "Path to commercialization and procurement",
                        "事業化・政府調達への道筋", new BigDecimal("0.30"), 5));
    }

    private static void required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("required", field, field + " is required");
        }
        if (value.length() > max) {
            throw new InvalidInputException("too-long", field, field + " must be at most " + max + " characters");
        }
    }
}
