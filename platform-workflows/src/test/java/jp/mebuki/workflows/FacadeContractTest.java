package jp.mebuki.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.decision.DecisionOutcome;
import jp.mebuki.core.review.Recommendation;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserId;
import jp.mebuki.workflows.admin.DeployedModels;
import jp.mebuki.workflows.admin.DeploymentSummary;
import jp.mebuki.workflows.admin.MigrationOutcome;
import jp.mebuki.workflows.admin.ProcessAdministrationService;
import jp.mebuki.workflows.admin.ProcessDiagram;
import jp.mebuki.workflows.admin.ProcessVersion;
import jp.mebuki.workflows.mentoring.MentoringProcessService;
import jp.mebuki.workflows.screening.ScreeningProcessService;
import jp.mebuki.workflows.task.WorkTask;
import jp.mebuki.workflows.task.WorkTaskService;

/** The web team codes against these signatures; no engine type may leak through them. */
class FacadeContractTest {

    @Test
    void facadesExposeNoEngineTypes() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> facade : List.of(ScreeningProcessService.class, WorkTaskService.class,
                MentoringProcessService.class, ProcessAdministrationService.class)) {
            for (Method method : facade.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                Stream.concat(Stream.of(method.getGenericReturnType()),
                        Arrays.stream(method.getGenericParameterTypes()))
                        .map(Type::getTypeName).filter(name -> name.contains("org.camunda"))
                        .forEach(name -> leaks.add(facade.getSimpleName() + "." + method.getName() + ": " + name));
            }
        }
        for (RecordComponent component : WorkTask.class.getRecordComponents()) {
            if (component.getGenericType().getTypeName().contains("org.camunda")) {
                leaks.add("WorkTask." + component.getName());
            }
        }
        for (Class<?> record : List.of(DeploymentSummary.class, ProcessVersion.class, ProcessDiagram.class,
                DeployedModels.class, MigrationOutcome.class, MigrationOutcome.Problem.class)) {
            for (RecordComponent component : record.getRecordComponents()) {
                if (component.getGenericType().getTypeName().contains("org.camunda")) {
                    leaks.add(record.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void offersTheAgreedSignatures() throws NoSuchMethodException {
        assertThat(ScreeningProcessService.class.getMethod("submit", ApplicationId.class, UserId.class, Actor.class)
                .getReturnType()).isEqualTo(Application.class);
        assertThat(ScreeningProcessService.class.getMethod("withdraw", ApplicationId.class, UserId.class, Actor.class,
                String.class).getReturnType()).isEqualTo(Application.class);
        assertThat(WorkTaskService.class.getMethod("openTasksOf", UserAccount.class).getReturnType())
                .isEqualTo(List.class);
        assertThat(WorkTaskService.class.getMethod("requireOpenTaskOf", String.class, UserAccount.class)
                .getReturnType()).isEqualTo(WorkTask.class);
        assertThat(WorkTaskService.class.getMethod("declareConflict", String.class, UserAccount.class, boolean.class,
                String.class).getReturnType()).isEqualTo(void.class);
        assertThat(WorkTaskService.class.getMethod("submitReview", String.class, UserAccount.class, Map.class,
                String.class, Recommendation.class).getReturnType()).isEqualTo(void.class);
        assertThat(WorkTaskService.class.getMethod("decide", String.class, UserAccount.class, DecisionOutcome.class,
                String.class).getReturnType()).isEqualTo(void.class);
    }
}
