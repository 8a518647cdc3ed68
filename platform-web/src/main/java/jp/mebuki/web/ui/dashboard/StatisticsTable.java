package jp.mebuki.web.ui.dashboard;

import java.time.Duration;
import java.util.List;

/**
 * One table of the dashboard: a stable id (also the CSV file name), column headings as message keys
 * with the kind of value each holds, and rows of raw values (formatted by the page, written plainly to CSV).
 */
record StatisticsTable(String id, String titleKey, List<Column> columns, List<List<Object>> rows) {

    /** A table titled by the message {@code dashboard.table.<id>}. */
    StatisticsTable(String id, List<Column> columns, List<List<Object>> rows) {
        this(id, "dashboard.table." + id, columns, rows);
    }

    enum Kind {
        /** plain text; a message key; a whole number; a ratio (0–1); a duration; a number or a message key */
        TEXT, LABEL, COUNT, RATE, DAYS, FIGURE
    }

    record Column(String headingKey, Kind kind) {
    }

    static Column text(String key) {
        return new Column(key, Kind.TEXT);
    }

    static Column label(String key) {
        return new Column(key, Kind.LABEL);
    }

    static Column count(String key) {
        return new Column(key, Kind.COUNT);
    }

    static Column rate(String key) {
        return new Column(key, Kind.RATE);
    }

    static Column days(String key) {
        return new Column(key, Kind.DAYS);
    }

    /** A figure the platform may not have: a number, or the message key saying why not. */
    static Column figure(String key) {
        return new Column(key, Kind.FIGURE);
    }

    /** The share {@code part / whole}, none of nothing. */
    static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    /** The mean duration, none of nothing. */
    static Duration mean(List<Duration> durations) {
        return durations.isEmpty() ? null
                : durations.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(durations.size());
    }
}
