package jp.mebuki.web.cluster;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import jp.mebuki.core.notification.MailGateway;

/** One mail server for all nodes of the test cluster, keeping every mail it accepted. */
public final class RecordingMailServer implements MailGateway {

    record Mail(String to, String subject, String body) {
    }

    /**
     * A lock-free queue: a copy-on-write list copied every mail accepted so far on each send, which a benchmark's
     * tens of thousands of mails turned into quadratic work and garbage on the platform's side alone.
     */
    private final Queue<Mail> accepted = new ConcurrentLinkedQueue<>();

    @Override
    public void send(String to, String subject, String body) {
        accepted.add(new Mail(to, subject, body));
    }

    List<Mail> accepted() {
        return List.copyOf(accepted);
    }
}
