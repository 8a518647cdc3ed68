package jp.mebuki.workflows.sbir;

import static jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess.PROJECT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.mebuki.core.sbir.ProjectId;
import jp.mebuki.core.sbir.SbirProjectService;

/** {@code ServiceTaskEnterCommercialization}: Phase 3's report is in; commercialization begins. */
@Component("enterCommercialization")
class EnterCommercializationDelegate implements JavaDelegate {

    private final SbirProjectService projects;

    EnterCommercializationDelegate(SbirProjectService projects) {
        this.projects = projects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        projects.enterCommercialization(new ProjectId(PROJECT_ID.from(execution).get()));
    }
}
