package jp.mebuki.core.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A test clock seen in another zone: it keeps following the source clock's instant as a test moves
 * it, which {@code Clock.fixed}/{@code Clock.offset} copies would not.
 */
public final class ZonedClockView extends Clock {

    private final Clock source;
    private final ZoneId zone;

    public ZonedClockView(Clock source, ZoneId zone) {
        this.source = source;
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return source.instant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        return new ZonedClockView(source, otherZone);
    }
}
