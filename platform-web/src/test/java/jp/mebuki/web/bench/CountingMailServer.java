package jp.mebuki.web.bench;

import java.util.concurrent.atomic.LongAdder;

import jp.mebuki.core.notification.MailGateway;

/**
 * The benchmarks' mail server: accepts and counts. A server that kept every mail (as the cluster tests' does, to
 * look for duplicates) held tens of megabytes of bodies in the measured JVM's heap by the end of a run, which made
 * the garbage collector mark the old generation again and again on the platform's side only.
 */
final class CountingMailServer implements MailGateway {

    private final LongAdder accepted = new LongAdder();

    @Override
    public void send(String to, String subject, String body) {
        accepted.increment();
    }

    long accepted() {
        return accepted.sum();
    }
}
