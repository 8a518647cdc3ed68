package jp.mebuki.web.notification;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.mebuki.core.notification.NotificationKind;

/** A notification as its recipient got it, in their language. */
@Schema(name = "Notification")
@JsonInclude(JsonInclude.Include.NON_NULL)
record NotificationView(long id, NotificationKind kind, Long applicationId, String subject, String body,
        Instant createdAt) {
}
