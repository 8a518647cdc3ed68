package jp.mebuki.workflows.screening;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formats details that go into notifications. */
final class Texts {

    /** Programmes run on Japan time; due dates are shown in it whatever the server's zone. */
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'JST'")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private Texts() {
    }

    static String dueDate(Instant instant) {
        return DUE.format(instant);
    }
}
