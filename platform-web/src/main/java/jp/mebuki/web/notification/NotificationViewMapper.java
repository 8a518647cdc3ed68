package jp.mebuki.web.notification;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import jp.mebuki.core.notification.Notification;

@Mapper
interface NotificationViewMapper {

    @Mapping(target = "applicationId", source = "applicationId.value")
    NotificationView toView(Notification notification);

    List<NotificationView> toViews(List<Notification> notifications);
}
