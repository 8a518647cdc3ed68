package jp.mebuki.core.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default mail gateway of the embedded demo: writes mails to the log. A deployment with a mail
 * server provides its own {@link MailGateway} bean, which replaces this one.
 */
class LoggingMailGateway implements MailGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingMailGateway.class);

    @Override
    public void send(String to, String subject, String body) {
        log.info("mail to {}: {}", to, subject);
    }
}
