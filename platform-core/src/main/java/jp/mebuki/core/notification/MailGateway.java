package jp.mebuki.core.notification;

/** The mail server, at the edge of the system. */
public interface MailGateway {

    void send(String to, String subject, String body);
}
