package jp.mebuki.core.sbir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@link SbirProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SbirProperties.class)
class SbirConfiguration {
}
