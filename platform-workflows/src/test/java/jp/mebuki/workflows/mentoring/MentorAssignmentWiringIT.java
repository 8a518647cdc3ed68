package jp.mebuki.workflows.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The deployed mentor-assignment model and the Spring context agree: a delegate bean for every service task. */
@SpringBootTest
class MentorAssignmentWiringIT {

    private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{(\\w+)}");

    @Autowired
    RepositoryService repository;
    @Autowired
    ApplicationContext context;

    @Test
    void findsADelegateBeanForEveryServiceTaskAndTheCallActivitysExpressions() {
        String definitionId = repository.createProcessDefinitionQuery()
                .processDefinitionKey(MentorAssignmentProcess.KEY).latestVersion().singleResult().getId();
        BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);

        assertThat(model.getModelElementsByType(ServiceTask.class)).hasSize(6).allSatisfy(task -> {
            Matcher bean = BEAN_EXPRESSION.matcher(String.valueOf(task.getCamundaDelegateExpression()));
            assertThat(bean.matches()).as("delegate expression of %s", task.getId()).isTrue();
            assertThat(context.getBean(bean.group(1))).as("bean of %s", task.getId()).isInstanceOf(JavaDelegate.class);
        });
        assertThat(context.getBean("adoptedTeam")).isInstanceOf(AdoptedTeamExpressions.class);
    }
}
