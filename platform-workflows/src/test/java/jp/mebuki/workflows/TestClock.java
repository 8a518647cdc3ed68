package jp.mebuki.workflows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import jp.mebuki.core.testsupport.ZonedClockView;

/**
 * The tests' clock: the domain's {@link Clock} and the engine's {@link ClockUtil} always move together,
 * so that due dates written by the domain and timer jobs seen by the engine agree.
 */
public class TestClock extends Clock {

    private volatile Instant now;

    public TestClock(Instant start) {
        setTo(start);
    }

    public final void setTo(Instant instant) {
        now = instant;
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    public void advance(Duration duration) {
        setTo(now.plus(duration));
    }

    @Override
    public Instant instant() {
        return now;
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
