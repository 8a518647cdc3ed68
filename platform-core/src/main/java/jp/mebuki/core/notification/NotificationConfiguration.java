package jp.mebuki.core.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    /** Mail goes to the log unless the deployment defines a real {@link MailGateway}. */
    @Bean
    @ConditionalOnMissingBean
    MailGateway mailGateway() {
        return new LoggingMailGateway();
    }
}
