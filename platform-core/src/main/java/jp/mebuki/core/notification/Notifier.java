package jp.mebuki.core.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.user.MailRecipient;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.core.user.UserId;

/** Renders a notification in the recipient's language, keeps it in their inbox and mails it. */
@Service
public class Notifier {

    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final UserDirectory users;
    private final MailGateway mail;
    private final Clock clock;
    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

    Notifier(Notifications notifications, JdbcClient jdbc, UserDirectory users, MailGateway mail, Clock clock) {
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.users = users;
        this.mail = mail;
        this.clock = clock;
        texts.setBasename("notifications/notifications");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
    }

    /**
     * Keeps the notification in the recipient's inbox and mails it, in the caller's transaction. The row is
     * inserted with plain JDBC: notifications are append-only (nothing changes one once written), nothing needs the
     * new id, and a repository save cost several times the statement (the lifecycle benchmark's profile).
     *
     * @param args the bundle's {0}, {1}, ...: by convention {0} is the application title and {1} the
     *             detail (reasons, due date)
     */
    @Transactional
    public void notify(UserId recipientId, ApplicationId applicationId, NotificationKind kind, Object... args) {
        MailRecipient recipient = users.mailRecipientOf(recipientId);
        Locale locale = Locale.forLanguageTag(recipient.preferredLocale());
        String key = "notification." + kind.name();
        String subject = texts.getMessage(key + ".subject", args, locale);
        String body = texts.getMessage(key + ".body", args, locale);
        jdbc.sql("insert into notification (recipient_id, application_id, kind, subject, body, created_at)"
                + " values (?, ?, ?, ?, ?, ?)")
                .params(recipientId.value(), applicationId == null ? null : applicationId.value(), kind.name(), subject,
                        body, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        sendJustBeforeCommit(recipient.email(), subject, body);
    }

    /**
     * The mail goes out when everything else in the transaction has been written and checked (the engine
     * flushes its optimistic locks before Spring commits), just before the commit. A transaction that
     * fails before that point, e.g. a job on one node losing an optimistic-locking race to another
     * node, sends nothing, so its retry does not mail twice. A mail server that refuses the mail still
     * rolls the whole transaction back: the job is retried and ends as an incident, the request fails.
     */
    private void sendJustBeforeCommit(String to, String subject, String body) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            mail.send(to, subject, body);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                mail.send(to, subject, body);
            }
        });
    }

    @Transactional(readOnly = true)
    public List<Notification> inboxOf(UserId recipientId) {
        return notifications.findByRecipientIdOrderByIdDesc(recipientId);
    }

    @Transactional(readOnly = true)
    public List<Notification> aboutApplication(ApplicationId applicationId) {
        return notifications.findByApplicationIdOrderByIdAsc(applicationId);
    }
}
