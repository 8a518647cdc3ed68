package jp.mebuki.web.ui.dashboard;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.ApplicationStatus;
import jp.mebuki.core.application.StatusChange;
import jp.mebuki.core.programme.Call;
import jp.mebuki.core.programme.CallCatalog;
import jp.mebuki.core.programme.Institution;
import jp.mebuki.core.programme.TechnologyField;
import jp.mebuki.core.review.AssignmentState;
import jp.mebuki.core.review.ReviewAssignment;
import jp.mebuki.core.review.ReviewService;
import jp.mebuki.core.sbir.SbirProject;
import jp.mebuki.core.stagegate.GateAssignment;
import jp.mebuki.core.stagegate.GateAssignmentState;
import jp.mebuki.core.user.Role;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;

/** Computes every dashboard table from the platform's own data (applications, status histories, reviews). */
@Component
class ProgrammeStatistics {

    /** Statuses whose time an applicant waits through, in the order of the screening. */
    private static final List<ApplicationStatus> STAGES = List.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.UNDER_REVIEW, ApplicationStatus.AWAITING_DECISION, ApplicationStatus.REVISION_REQUESTED);

    /** The consortium KPI the platform feeds: teams adopted by its gap funds are startups nurtured. */
    static final String NURTURED_KPI = "Deep-tech / impact startups created and nurtured";
    /** SBIR awardees are new SMEs and startups: their public procurement contracts feed this KPI. */
    static final String PROCUREMENT_KPI = "Public procurement from new SMEs";

    private final ApplicationService applications;
    private final CallCatalog calls;
    private final ReviewService reviews;
    private final UserDirectory users;
    private final SbirStatistics sbir;

    ProgrammeStatistics(ApplicationService applications, CallCatalog calls, ReviewService reviews,
            UserDirectory users, SbirStatistics sbir) {
        this.sbir = sbir;
        this.applications = applications;
        this.calls = calls;
        this.reviews = reviews;
        this.users = users;
    }

    /** All tables, by id, in the order the dashboard shows them. */
    @Transactional(readOnly = true)
    public Map<String, StatisticsTable> tables(Locale locale) {
        boolean ja = "ja".equals(locale.getLanguage());
        List<Application> submitted = applications.all().stream()
                .filter(a -> a.getStatus() != ApplicationStatus.DRAFT).toList();
        Map<String, StatisticsTable> tables = new LinkedHashMap<>();
        add(tables, perCall(submitted, ja));
        add(tables, stageTimes(submitted));
        List<SbirProject> projects = sbir.all();
        add(tables, sbir.conversion(projects));
        add(tables, sbir.phaseTimes(projects));
        add(tables, sbir.gateOutcomes(projects));
        add(tables, reviewerLoad(submitted, sbir.gateAssignmentsByReviewer(projects)));
        add(tables, sbir.mentorLoad());
        Map<String, TechnologyField> fields = calls.technologyFields().stream()
                .collect(Collectors.toMap(TechnologyField::code, Function.identity()));
        Map<String, Institution> institutions = calls.institutions().stream()
                .collect(Collectors.toMap(Institution::code, Function.identity()));
        add(tables, breakdown("byField", "dashboard.col.field", submitted, a -> {
            TechnologyField f = fields.get(a.getTechnologyField());
            return f == null ? "–" : ja ? f.nameJa() : f.nameEn();
        }));
        add(tables, breakdown("byInstitution", "dashboard.col.institution", submitted, a -> {
            Institution i = institutions.get(a.getInstitutionCode());
            return i == null ? "–" : ja ? i.nameJa() : i.nameEn();
        }));
        add(tables, breakdown("byPrefecture", "dashboard.col.prefecture", submitted, a -> {
            Institution i = institutions.get(a.getInstitutionCode());
            return i == null ? "–" : ja ? i.prefectureJa() : i.prefectureEn();
        }));
        add(tables, kpis(submitted, ja));
        return tables;
    }

    private static void add(Map<String, StatisticsTable> tables, StatisticsTable table) {
        tables.put(table.id(), table);
    }

    private StatisticsTable perCall(List<Application> submitted, boolean ja) {
        List<List<Object>> rows = new ArrayList<>();
        for (Call call : calls.allCalls()) {
            List<Application> of = submitted.stream().filter(a -> a.getCallId().equals(call.id())).toList();
            long ineligible = count(of, ApplicationStatus.INELIGIBLE);
            long adopted = count(of, ApplicationStatus.ADOPTED);
            long rejected = count(of, ApplicationStatus.REJECTED);
            long inProgress = of.stream().filter(a -> !a.getStatus().isTerminal()).count();
            rows.add(Arrays.asList(call.code(), ja ? call.titleJa() : call.titleEn(), (long) of.size(), ineligible,
                    StatisticsTable.ratio(ineligible, of.size()), inProgress, adopted, rejected, StatisticsTable.ratio(adopted, adopted + rejected)));
        }
        return new StatisticsTable("perCall", List.of(StatisticsTable.text("dashboard.col.code"),
                StatisticsTable.text("dashboard.col.call"), StatisticsTable.count("dashboard.col.applications"),
                StatisticsTable.count("dashboard.col.ineligible"), StatisticsTable.rate("dashboard.col.ineligibleRate"),
                StatisticsTable.count("dashboard.col.inProgress"), StatisticsTable.count("dashboard.col.adopted"),
                StatisticsTable.count("dashboard.col.rejected"), StatisticsTable.rate("dashboard.col.adoptionRate")),
                rows);
    }

    /** Mean time from entering a stage to the next status change, over every stay that has ended. */
    private StatisticsTable stageTimes(List<Application> submitted) {
        Map<ApplicationStatus, List<Duration>> stays = new EnumMap<>(ApplicationStatus.class);
        for (Application application : submitted) {
            List<StatusChange> history = application.getStatusHistory();
            for (int i = 0; i + 1 < history.size(); i++) {
                stays.computeIfAbsent(history.get(i).status(), s -> new ArrayList<>())
                        .add(Duration.between(history.get(i).changedAt(), history.get(i + 1).changedAt()));
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ApplicationStatus stage : STAGES) {
            List<Duration> of = stays.getOrDefault(stage, List.of());
            Duration mean = StatisticsTable.mean(of);
            Duration longest = of.stream().max(Duration::compareTo).orElse(null);
            rows.add(Arrays.asList("status." + stage.name(), (long) of.size(), mean, longest));
        }
        return new StatisticsTable("stageTimes", List.of(StatisticsTable.label("dashboard.col.stage"),
                StatisticsTable.count("dashboard.col.stays"), StatisticsTable.days("dashboard.col.meanTime"),
                StatisticsTable.days("dashboard.col.longestTime")), rows);
    }

    /** Screening assignments and stage-gate review slots per reviewer. */
    private StatisticsTable reviewerLoad(List<Application> submitted, Map<Long, List<GateAssignment>> gateSlots) {
        Map<Long, List<ReviewAssignment>> byReviewer = new TreeMap<>();
        for (Application application : submitted) {
            for (ReviewAssignment assignment : reviews.assignmentsOf(application.getId())) {
                byReviewer.computeIfAbsent(assignment.reviewerId().value(), r -> new ArrayList<>()).add(assignment);
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (UserAccount reviewer : users.withRole(Role.REVIEWER)) {
            List<ReviewAssignment> of = byReviewer.getOrDefault(reviewer.id().value(), List.of());
            List<GateAssignment> gatesOf = gateSlots.getOrDefault(reviewer.id().value(), List.of());
            rows.add(Arrays.asList(reviewer.displayName(), (long) of.size(),
                    of.stream().filter(a -> a.state().isOpen()).count(),
                    of.stream().filter(a -> a.state() == AssignmentState.SUBMITTED).count(),
                    of.stream().filter(a -> a.state() == AssignmentState.CONFLICT_DECLARED).count(),
                    of.stream().filter(a -> a.state() == AssignmentState.OVERDUE).count(),
                    (long) gatesOf.size(),
                    gatesOf.stream().filter(a -> a.state() == GateAssignmentState.ASSIGNED).count()));
        }
        return new StatisticsTable("reviewerLoad", List.of(StatisticsTable.text("dashboard.col.reviewer"),
                StatisticsTable.count("dashboard.col.assigned"), StatisticsTable.count("dashboard.col.open"),
                StatisticsTable.count("dashboard.col.submittedReviews"), StatisticsTable.count("dashboard.col.conflicts"),
                StatisticsTable.count("dashboard.col.overdue"), StatisticsTable.count("sbir.dashboard.col.gateSlots"),
                StatisticsTable.count("sbir.dashboard.col.gateSlotsOpen")), rows);
    }

    private static StatisticsTable breakdown(String id, String headingKey, List<Application> submitted,
            Function<Application, String> key) {
        Map<String, List<Application>> groups = submitted.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        List<List<Object>> rows = new ArrayList<>();
        groups.forEach((name, of) -> {
            long adopted = count(of, ApplicationStatus.ADOPTED);
            rows.add(Arrays.asList(name, (long) of.size(), adopted, StatisticsTable.ratio(adopted, of.size())));
        });
        return new StatisticsTable(id, List.of(StatisticsTable.text(headingKey),
                StatisticsTable.count("dashboard.col.applications"), StatisticsTable.count("dashboard.col.adopted"),
                StatisticsTable.rate("dashboard.col.adoptedShare")), rows);
    }

    /**
     * The consortium's KPIs (baseline FY2024, targets FY2027/FY2029) with the platform's own figure where
     * it has one, and how it is computed; the others say that the platform does not track them.
     */
    private StatisticsTable kpis(List<Application> submitted, boolean ja) {
        Map<String, Object[]> computed = Map.of(
                NURTURED_KPI, new Object[] {count(submitted, ApplicationStatus.ADOPTED), "sbir.kpi.source.adopted"},
                PROCUREMENT_KPI, new Object[] {sbir.publicProcurementContracts(), "sbir.kpi.source.procurement"});
        List<List<Object>> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ClassPathResource("domain/kpis-sendai-tohoku.csv")
                .getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord kpi : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                String name = ja ? kpi.get("kpi_ja") : kpi.get("kpi_en");
                Object[] figure = computed.getOrDefault(kpi.get("kpi_en"),
                        new Object[] {"sbir.kpi.notTracked", "sbir.kpi.source.none"});
                rows.add(Arrays.asList(name, Long.parseLong(kpi.get("baseline_fy2024")),
                        Long.parseLong(kpi.get("target_fy2027")), Long.parseLong(kpi.get("target_fy2029")), figure[0],
                        "kpi.unit." + kpi.get("unit"), figure[1]));
            }
        } catch (IOException e) {
            throw new IllegalStateException("the consortium KPI file cannot be read", e);
        }
        return new StatisticsTable("kpis", List.of(StatisticsTable.text("dashboard.col.kpi"),
                StatisticsTable.count("dashboard.col.baseline"), StatisticsTable.count("dashboard.col.target2027"),
                StatisticsTable.count("dashboard.col.target2029"), StatisticsTable.figure("dashboard.col.platformFigure"),
                StatisticsTable.label("dashboard.col.unit"), StatisticsTable.label("sbir.kpi.col.source")), rows);
    }

    private static long count(List<Application> of, ApplicationStatus status) {
        return of.stream().filter(a -> a.getStatus() == status).count();
    }

}
