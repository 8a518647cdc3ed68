package jp.mebuki.web.config;

import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the process engine wait for Flyway. Camunda and Flyway share one database; when the engine
 * creates its tables first, Flyway finds a non-empty schema without a history table and refuses to
 * migrate. Registered in {@code META-INF/spring.factories}, as Spring Boot does for Quartz.
 */
class ProcessEngineAfterFlyway extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngine.class, ProcessEngineConfiguration.class);
    }
}
