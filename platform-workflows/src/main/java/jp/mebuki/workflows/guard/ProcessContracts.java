package jp.mebuki.workflows.guard;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import jp.mebuki.workflows.mentoring.MentorAssignmentProcess;
import jp.mebuki.workflows.sbir.SbirProjectLifecycleProcess;
import jp.mebuki.workflows.screening.GapFundScreeningProcess;
import jp.mebuki.workflows.stagegate.StageGateReviewProcess;

/**
 * What each process of the platform provides: the typed variables its backing class declares (start
 * variables, delegates' results, multi-instance element variables). A process the platform has no backing
 * class for provides only what its model shows (see {@link ModelVariables}).
 */
final class ProcessContracts {

    private static final Map<String, Set<String>> PROVIDED = Map.of(
            GapFundScreeningProcess.KEY, declaredVariables(GapFundScreeningProcess.class),
            StageGateReviewProcess.KEY, declaredVariables(StageGateReviewProcess.class),
            SbirProjectLifecycleProcess.KEY, declaredVariables(SbirProjectLifecycleProcess.class),
            MentorAssignmentProcess.KEY, declaredVariables(MentorAssignmentProcess.class));

    private ProcessContracts() {
    }

    /** The variables the backing class of the process declares; empty for a process without one. */
    static Set<String> providedBy(String processKey) {
        return PROVIDED.getOrDefault(processKey, Set.of());
    }

    static Set<String> declaredVariables(Class<?> backingClass) {
        return Arrays.stream(backingClass.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && VariableFactory.class.isAssignableFrom(f.getType()))
                .map(ProcessContracts::name).collect(Collectors.toUnmodifiableSet());
    }

    private static String name(Field field) {
        try {
            return ((VariableFactory<?>) field.get(null)).getName();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
