package jp.mebuki.workflows.guard;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Installs the {@link DeploymentGuard} as the engine's first deployer. */
@Configuration(proxyBeanMethods = false)
class DeploymentGuardConfiguration {

    @Bean
    ProcessEnginePlugin mebukiDeploymentGuard(BeanFactory beans) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<Deployer> preDeployers = new ArrayList<>();
                preDeployers.add(new DeploymentGuard(beans));
                if (configuration.getCustomPreDeployers() != null) {
                    preDeployers.addAll(configuration.getCustomPreDeployers());
                }
                configuration.setCustomPreDeployers(preDeployers);
            }

            @Override
            public String toString() {
                return "mebukiDeploymentGuard";
            }
        };
    }
}
