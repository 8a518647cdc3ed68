package jp.mebuki.web.bench;

import jp.mebuki.core.notification.MailGateway;

/**
 * The benchmarks' mail server: accepts every mail and keeps nothing. A server that kept every mail (as the cluster
 * tests' does, to look for duplicates) held tens of megabytes of bodies in the measured JVM's heap by the end of a
 * run, which made the garbage collector mark the old generation again and again on the platform's side only.
 */
final class DiscardingMailServer implements MailGateway {

    @Override
    public void send(String to, String subject, String body) {
        // accepted
    }
}
