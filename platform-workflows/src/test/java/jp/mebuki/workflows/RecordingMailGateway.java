package jp.mebuki.workflows;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jp.mebuki.core.notification.MailGateway;

/** Keeps the mails instead of sending them. */
public class RecordingMailGateway implements MailGateway {

    public record Mail(String to, String subject, String body) {
    }

    private final List<Mail> sent = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    @Override
    public void send(String to, String subject, String body) {
        if (down) {
            throw new IllegalStateException("mail server unreachable (test)");
        }
        sent.add(new Mail(to, subject, body));
    }

    /** Every send fails from now on, as when the SMTP server is unreachable. */
    public void goesDown() {
        down = true;
    }

    public void comesBack() {
        down = false;
    }

    public List<Mail> sentTo(String address) {
        return sent.stream().filter(m -> m.to().equals(address)).toList();
    }

    public void clear() {
        sent.clear();
        down = false;
    }
}
