package jp.mebuki.workflows;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jp.mebuki.core.notification.MailGateway;

/** Keeps the mails instead of sending them. */
public class RecordingMailGateway implements MailGateway {

    public record Mail(String to, String subject, String body) {
    }

    private final List<Mail> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(String to, String subject, String body) {
        sent.add(new Mail(to, subject, body));
    }

    public List<Mail> sentTo(String address) {
        return sent.stream().filter(m -> m.to().equals(address)).toList();
    }

    public void clear() {
        sent.clear();
    }
}
