package jp.mebuki.web.notification;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mebuki.core.notification.Notifier;
import jp.mebuki.web.security.PlatformUser;

@RestController
@Tag(name = "Notifications")
class NotificationController {

    private final Notifier notifier;
    private final NotificationViewMapper mapper;

    NotificationController(Notifier notifier, NotificationViewMapper mapper) {
        this.notifier = notifier;
        this.mapper = mapper;
    }

    @GetMapping("/api/notifications")
    @Operation(summary = "The caller's notifications, newest first (any signed-in user; only their own)")
    List<NotificationView> inbox(@AuthenticationPrincipal PlatformUser caller) {
        return mapper.toViews(notifier.inboxOf(caller.userId()));
    }
}
