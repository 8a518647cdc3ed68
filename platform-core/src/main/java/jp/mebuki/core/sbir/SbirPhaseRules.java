package jp.mebuki.core.sbir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import jp.mebuki.core.shared.InvalidInputException;

/**
 * The phase rules of {@code domain/sbir-phases.csv} (budget range and maximum duration per phase),
 * with Phase 3's range per technology field from {@link SbirProperties}.
 */
@Component
public class SbirPhaseRules {

    static final String RESOURCE = "domain/sbir-phases.csv";

    private final Map<SbirPhase, PhaseRange> ranges;
    private final SbirProperties properties;

    SbirPhaseRules(SbirProperties properties) {
        this.properties = properties;
        this.ranges = read();
    }

    /** The range of a phase; Phase 3's for the given technology field. */
    public PhaseRange rangeOf(SbirPhase phase, String technologyField) {
        PhaseRange csv = ranges.get(phase);
        if (phase != SbirPhase.PHASE_3) {
            return csv;
        }
        SbirProperties.Range configured = properties.phase3Budget().getOrDefault(technologyField,
                properties.phase3Budget().get(SbirProperties.DEFAULT_FIELD));
        return configured == null ? csv
                : new PhaseRange(phase, configured.min(), configured.max(), csv.maxMonths());
    }

    /** Refuses a budget outside the phase's range (400 naming the range) or a planned end beyond its duration. */
    public void check(SbirPhase phase, String technologyField, Long budgetYen, Instant start, Instant plannedEnd,
            String budgetField, String endField) {
        PhaseRange range = rangeOf(phase, technologyField);
        if (budgetYen == null) {
            throw new InvalidInputException("required", budgetField, phase + " needs a budget");
        }
        if (!range.contains(budgetYen)) {
            throw new InvalidInputException("budget-out-of-range", budgetField, String.format(
                    "%s budget must be %s, was ¥%,d", phase, range.describe(), budgetYen));
        }
        if (plannedEnd == null || !plannedEnd.isAfter(start)) {
            throw new InvalidInputException("required", endField, phase + " needs a planned end after its start");
        }
        if (range.maxMonths() != null && plannedEnd.isAfter(
                start.atOffset(ZoneOffset.UTC).plusMonths(range.maxMonths()).toInstant())) {
            throw new InvalidInputException("duration-too-long", endField,
                    phase + " may last at most " + range.maxMonths() + " months");
        }
    }

    public int maxReworks() {
        return properties.maxReworks();
    }

    public boolean skipToPhase3Allowed() {
        return properties.skipToPhase3Allowed();
    }

    public int gateReviewers() {
        return properties.gateReviewers();
    }

    public int reportReminderLeadDays() {
        return properties.reportReminderLeadDays();
    }

    private static Map<SbirPhase, PhaseRange> read() {
        Map<SbirPhase, PhaseRange> result = new EnumMap<>(SbirPhase.class);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                // the columns we read come before the free-text ones, which may contain commas
                String[] cells = line.split(",", -1);
                SbirPhase phase = SbirPhase.valueOf(cells[0]);
                result.put(phase, new PhaseRange(phase, number(cells[3]), number(cells[4]), integer(cells[5])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return result;
    }

    private static Long number(String cell) {
        return cell.isBlank() ? null : Long.valueOf(cell.strip());
    }

    private static Integer integer(String cell) {
        return cell.isBlank() ? null : Integer.valueOf(cell.strip());
    }
}
