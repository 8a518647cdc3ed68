package jp.mebuki.web.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jp.mebuki.core.testsupport.ZonedClockView;

/** The domain's clock in tests: the real time plus an offset the test may move forward, and reset. */
public final class MutableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view in another zone that still follows this clock as the test moves it. */
    @Override
    public Clock withZone(ZoneId zone) {
        return new ZonedClockView(this, zone);
    }
}
