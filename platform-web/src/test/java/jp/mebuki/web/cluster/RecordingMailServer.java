package jp.mebuki.web.cluster;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jp.mebuki.core.notification.MailGateway;

/** One mail server for all nodes of the test cluster, keeping every mail it accepted. */
public final class RecordingMailServer implements MailGateway {

    record Mail(String to, String subject, String body) {
    }

    private final List<Mail> accepted = new CopyOnWriteArrayList<>();

    @Override
    public void send(String to, String subject, String body) {
        accepted.add(new Mail(to, subject, body));
    }

    List<Mail> accepted() {
        return List.copyOf(accepted);
    }
}
