package jp.mebuki.web.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The only replaced edge of the web tests: a clock they can move past a call's closing date. */
@TestConfiguration(proxyBeanMethods = false)
public class WebTestConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
