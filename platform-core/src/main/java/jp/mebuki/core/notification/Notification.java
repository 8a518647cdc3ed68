package jp.mebuki.core.notification;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.user.UserId;

/** A message to one user, rendered in their language when it was sent. */
@Table("notification")
public record Notification(
        @Id Long id,
        UserId recipientId,
        ApplicationId applicationId,
        NotificationKind kind,
        String subject,
        String body,
        Instant createdAt,
        Instant readAt) {
}
