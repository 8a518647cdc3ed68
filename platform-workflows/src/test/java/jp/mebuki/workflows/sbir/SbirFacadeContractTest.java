package jp.mebuki.workflows.sbir;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jp.mebuki.workflows.task.TaskKind;
import jp.mebuki.workflows.task.WorkTaskService;

/** The SBIR facade and the new task methods leak no engine type to the web layer. */
class SbirFacadeContractTest {

    @Test
    void exposesNoEngineTypes() {
        List<String> leaks = Stream.of(SbirProcessService.class, WorkTaskService.class)
                .flatMap(facade -> Arrays.stream(facade.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .flatMap(SbirFacadeContractTest::typesOf)
                .filter(name -> name.contains("org.camunda")).toList();
        assertThat(leaks).isEmpty();
    }

    @Test
    void namesATaskKindForEveryUserTaskOfTheSbirModels() {
        assertThat(TaskKind.values()).extracting(Enum::name).contains("REVIEW_GATE", "CONFIRM_GATE_DECISION",
                "FOLLOW_UP_PHASE_OVERRUN", "RECORD_COMMERCIALIZATION_OUTCOMES", "ARRANGE_SUPPORT");
    }

    private static Stream<String> typesOf(Method method) {
        return Stream.concat(Stream.of(method.getGenericReturnType()), Arrays.stream(method.getGenericParameterTypes()))
                .map(Type::getTypeName);
    }
}
