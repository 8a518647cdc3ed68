package jp.mebuki.core.notification;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.user.UserId;

interface Notifications extends ListCrudRepository<Notification, Long> {

    List<Notification> findByRecipientIdOrderByIdDesc(UserId recipientId);

    List<Notification> findByApplicationIdOrderByIdAsc(ApplicationId applicationId);
}
