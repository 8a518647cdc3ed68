package jp.mebuki.web.ui.dashboard;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import jp.mebuki.core.sbir.SbirPhase;
import jp.mebuki.core.shared.NotFoundException;

@Controller
@RequestMapping("/dashboard")
@PreAuthorize("hasAnyRole('PM', 'ADMIN')")
class DashboardController {

    private final ProgrammeStatistics statistics;
    private final MessageSource messages;

    DashboardController(ProgrammeStatistics statistics, MessageSource messages) {
        this.statistics = statistics;
        this.messages = messages;
    }

    @GetMapping
    String dashboard(Model model, Locale locale) {
        Map<String, StatisticsTable> tables = statistics.tables(locale);
        model.addAttribute("tables", tables);
        model.addAttribute("charts", Map.of(
                "perCall", Map.of("labels", column(tables.get("perCall"), 0),
                        "applications", column(tables.get("perCall"), 2), "adopted", column(tables.get("perCall"), 6),
                        "names", List.of(messages.getMessage("dashboard.col.applications", null, locale),
                                messages.getMessage("dashboard.col.adopted", null, locale))),
                "byField", Map.of("labels", column(tables.get("byField"), 0),
                        "values", column(tables.get("byField"), 1)),
                "sbirConversion", Map.of("labels", Arrays.stream(SbirPhase.values())
                        .map(p -> messages.getMessage("sbir.phaseShort." + p.name(), null, locale)).toList(),
                        "values", column(tables.get("sbirConversion"), 1)),
                "stageTimes", Map.of("labels", cells(tables.get("stageTimes"), locale).stream().map(r -> r.get(0)).toList(),
                        "days", cells(tables.get("stageTimes"), locale).stream().map(r -> r.get(2)).toList())));
        return "dashboard/index";
    }

    private static List<Object> column(StatisticsTable table, int index) {
        return table.rows().stream().map(r -> r.get(index) == null ? (Object) 0 : r.get(index)).toList();
    }

    private List<List<Object>> cells(StatisticsTable table, Locale locale) {
        return table.rows().stream().map(r -> cells(table, r, locale)).toList();
    }

    /** Any dashboard table as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read Japanese). */
    @GetMapping("/{table}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String table, Locale locale) throws IOException {
        StatisticsTable data = statistics.tables(locale).get(table);
        if (data == null) {
            throw new NotFoundException("dashboard table", table);
        }
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(data.columns().stream()
                    .map(c -> messages.getMessage(c.headingKey(), null, locale)).toList());
            for (List<Object> row : data.rows()) {
                printer.printRecord(cells(data, row, locale));
            }
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("mebuki-" + table + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Plain values for spreadsheets: rates as fractions, durations in days. */
    private List<Object> cells(StatisticsTable table, List<Object> row, Locale locale) {
        return java.util.stream.IntStream.range(0, row.size()).mapToObj(i -> {
            Object value = row.get(i);
            if (value == null) {
                return "";
            }
            return switch (table.columns().get(i).kind()) {
                case LABEL -> messages.getMessage(value.toString(), null, locale);
                case FIGURE -> value instanceof Number ? value : messages.getMessage(value.toString(), null, locale);
                case RATE -> String.format(Locale.ROOT, "%.3f", (Double) value);
                case DAYS -> String.format(Locale.ROOT, "%.2f", ((Duration) value).toMinutes() / (60.0 * 24));
                default -> value;
            };
        }).toList();
    }

}
