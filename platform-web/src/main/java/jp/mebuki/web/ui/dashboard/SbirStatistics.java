package jp.mebuki.web.ui.dashboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import jp.mebuki.core.mentor.MentorProfile;
import jp.mebuki.core.mentor.MentorProfileService;
import jp.mebuki.core.sbir.ProjectPhase;
import jp.mebuki.core.sbir.ProjectStatus;
import jp.mebuki.core.sbir.SbirPhase;
import jp.mebuki.core.sbir.SbirProject;
import jp.mebuki.core.sbir.SbirProjectService;
import jp.mebuki.core.stagegate.GateAssignment;
import jp.mebuki.core.stagegate.GateDecision;
import jp.mebuki.core.stagegate.GateReview;
import jp.mebuki.core.stagegate.StageGateService;
import jp.mebuki.core.user.Role;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;

/**
 * The SBIR and mentoring tables of the dashboard: Phase 1→2→3→commercialization conversion, time in
 * each phase, gate outcomes, gate-review load per reviewer and mentor load; from the projects' phase
 * histories, the gate reviews and the mentor profiles.
 */
@Component
class SbirStatistics {

    private static final List<SbirPhase> GATED = List.of(SbirPhase.PHASE_1, SbirPhase.PHASE_2);

    private final SbirProjectService projects;
    private final StageGateService gates;
    private final MentorProfileService mentors;
    private final UserDirectory users;

    SbirStatistics(SbirProjectService projects, StageGateService gates, MentorProfileService mentors,
            UserDirectory users) {
        this.projects = projects;
        this.gates = gates;
        this.mentors = mentors;
        this.users = users;
    }

    /** Every project. */
    List<SbirProject> all() {
        return projects.all();
    }

    /** How many projects reached each phase, the share of the previous phase's and of Phase 1's, and how many are in it now. */
    StatisticsTable conversion(List<SbirProject> all) {
        List<List<Object>> rows = new ArrayList<>();
        long first = reached(all, SbirPhase.PHASE_1);
        long previous = first;
        for (SbirPhase phase : SbirPhase.values()) {
            long reached = reached(all, phase);
            long now = all.stream().filter(p -> p.getStatus() == ProjectStatus.ACTIVE && p.getPhase() == phase).count();
            rows.add(Arrays.asList("sbir.phase." + phase.name(), reached, StatisticsTable.ratio(reached, previous),
                    StatisticsTable.ratio(reached, first), now));
            previous = reached;
        }
        return new StatisticsTable("sbirConversion", "sbir.dashboard.table.sbirConversion",
                List.of(StatisticsTable.label("sbir.dashboard.col.phase"),
                        StatisticsTable.count("sbir.dashboard.col.reached"),
                        StatisticsTable.rate("sbir.dashboard.col.fromPrevious"),
                        StatisticsTable.rate("sbir.dashboard.col.fromPhase1"),
                        StatisticsTable.count("sbir.dashboard.col.activeNow")), rows);
    }

    /** Mean and longest time in each phase over the phases that have ended. */
    StatisticsTable phaseTimes(List<SbirProject> all) {
        List<List<Object>> rows = new ArrayList<>();
        for (SbirPhase phase : SbirPhase.values()) {
            List<Duration> stays = all.stream().flatMap(p -> p.getPhases().stream())
                    .filter(h -> h.phase() == phase && h.endedAt() != null)
                    .map(h -> Duration.between(h.startedAt(), h.endedAt())).toList();
            rows.add(Arrays.asList("sbir.phase." + phase.name(), (long) stays.size(), StatisticsTable.mean(stays),
                    stays.stream().max(Duration::compareTo).orElse(null)));
        }
        return new StatisticsTable("sbirPhaseTimes", "sbir.dashboard.table.sbirPhaseTimes",
                List.of(StatisticsTable.label("sbir.dashboard.col.phase"),
                        StatisticsTable.count("sbir.dashboard.col.endedPhases"),
                        StatisticsTable.days("dashboard.col.meanTime"),
                        StatisticsTable.days("dashboard.col.longestTime")), rows);
    }

    /** Gate reviews after Phase 1 and Phase 2: how many, and how they were decided. */
    StatisticsTable gateOutcomes(List<SbirProject> all) {
        List<GateReview> reviews = reviewsOf(all);
        List<List<Object>> rows = new ArrayList<>();
        for (SbirPhase gate : GATED) {
            List<GateReview> of = reviews.stream().filter(r -> gate.name().equals(r.gate())).toList();
            long go = decided(of, GateDecision.GO);
            long conditional = decided(of, GateDecision.CONDITIONAL);
            long noGo = decided(of, GateDecision.NO_GO);
            rows.add(Arrays.asList("sbir.phase." + gate.name(), (long) of.size(), go, conditional, noGo,
                    of.size() - go - conditional - noGo, StatisticsTable.ratio(go, go + conditional + noGo)));
        }
        return new StatisticsTable("sbirGates", "sbir.dashboard.table.sbirGates",
                List.of(StatisticsTable.label("sbir.dashboard.col.gateAfter"),
                        StatisticsTable.count("sbir.dashboard.col.gateReviews"),
                        StatisticsTable.count("sbir.decision.GO"), StatisticsTable.count("sbir.decision.CONDITIONAL"),
                        StatisticsTable.count("sbir.decision.NO_GO"), StatisticsTable.count("sbir.dashboard.col.undecided"),
                        StatisticsTable.rate("sbir.dashboard.col.goRate")), rows);
    }

    /** Gate-review slots of every project, by reviewer (user id). */
    Map<Long, List<GateAssignment>> gateAssignmentsByReviewer(List<SbirProject> all) {
        return reviewsOf(all).stream().flatMap(r -> gates.assignmentsOf(r.id()).stream())
                .collect(Collectors.groupingBy(a -> a.reviewerId().value(), TreeMap::new, Collectors.toList()));
    }

    /** Each mentor's capacity, teams offered or mentored now, and how full they are. */
    StatisticsTable mentorLoad() {
        List<List<Object>> rows = new ArrayList<>();
        for (UserAccount mentor : users.withRole(Role.MENTOR)) {
            MentorProfile profile = mentors.find(mentor.id()).orElse(null);
            long load = mentors.currentLoad(mentor.id());
            Long capacity = profile == null ? null : (long) profile.capacity();
            rows.add(Arrays.asList(mentor.displayName(), capacity, load,
                    capacity == null ? null : StatisticsTable.ratio(load, capacity),
                    profile != null && profile.available() ? "sbir.dashboard.available" : "sbir.dashboard.unavailable"));
        }
        return new StatisticsTable("mentorLoad", "sbir.dashboard.table.mentorLoad",
                List.of(StatisticsTable.text("sbir.dashboard.col.mentor"),
                        StatisticsTable.count("sbir.dashboard.col.capacity"),
                        StatisticsTable.count("sbir.dashboard.col.currentTeams"),
                        StatisticsTable.rate("sbir.dashboard.col.utilisation"),
                        StatisticsTable.label("sbir.dashboard.col.availability")), rows);
    }

    long publicProcurementContracts() {
        return projects.kpis().publicProcurementContracts();
    }

    private List<GateReview> reviewsOf(List<SbirProject> all) {
        return all.stream().flatMap(p -> gates.reviewsOf(SbirProjectService.AUDIT_SUBJECT, p.getId().value()).stream())
                .toList();
    }

    private static long reached(List<SbirProject> all, SbirPhase phase) {
        return all.stream().filter(p -> p.getPhases().stream().map(ProjectPhase::phase).anyMatch(phase::equals)).count();
    }

    private static long decided(List<GateReview> reviews, GateDecision decision) {
        return reviews.stream().filter(r -> r.decision() == decision).count();
    }
}
