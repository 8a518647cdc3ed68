package jp.mebuki.workflows.config;

import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the process engine wait for Flyway. Camunda creates its tables when the engine is built; if
 * that happened first, Flyway would find a non-empty schema without its history table and refuse to
 * migrate. Registered in {@code META-INF/spring.factories}, as Spring Boot does for Quartz.
 */
class ProcessEngineDependsOnDatabaseInitializationDetector
        extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngine.class, ProcessEngineFactoryBean.class);
    }
}
