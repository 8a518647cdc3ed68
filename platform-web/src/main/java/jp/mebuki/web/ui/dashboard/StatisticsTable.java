package jp.mebuki.web.ui.dashboard;

import java.util.List;

/**
 * One table of the dashboard: a stable id (also the CSV file name), column headings as message keys
 * with the kind of value each holds, and rows of raw values (formatted by the page, written plainly to CSV).
 */
record StatisticsTable(String id, List<Column> columns, List<List<Object>> rows) {

    enum Kind {
        /** plain text; a message key; a whole number; a ratio (0–1); a duration */
        TEXT, LABEL, COUNT, RATE, DAYS
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
}
