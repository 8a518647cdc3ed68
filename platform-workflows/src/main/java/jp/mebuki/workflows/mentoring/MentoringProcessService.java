package jp.mebuki.workflows.mentoring;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.mentor.MenteeRequest;
import jp.mebuki.core.mentor.MentoringMatch;
import jp.mebuki.core.mentor.MentoringService;
import jp.mebuki.core.user.UserDirectory;

/**
 * Starts the mentor-assignment process for any kind of team (the gap-fund process calls it as a call
 * activity; SBIR hands-on support and tests start it here). Exposes no engine types.
 */
@Service
public class MentoringProcessService {

    private final RuntimeService runtime;
    private final MentoringService mentoring;
    private final UserDirectory users;

    MentoringProcessService(RuntimeService runtime, MentoringService mentoring, UserDirectory users) {
        this.runtime = runtime;
        this.mentoring = mentoring;
        this.users = users;
    }

    /**
     * Starts the process (business key = the mentee's reference, e.g. {@code SBIR_PROJECT:7}) and
     * returns the match as the first proposal left it.
     */
    @Transactional
    public MentoringMatch requestMentor(MenteeRequest request) {
        // optional inputs may be null, which the typed builder does not take: plain variable map
        VariableMap variables = Variables.createVariables()
                .putValue(MentorAssignmentProcess.MENTEE_KIND.getName(), request.mentee().kind().name())
                .putValue(MentorAssignmentProcess.MENTEE_ID.getName(), request.mentee().id())
                .putValue(MentorAssignmentProcess.TITLE.getName(), request.title())
                .putValue(MentorAssignmentProcess.FIELD_CODE.getName(), request.fieldCode())
                .putValue(MentorAssignmentProcess.GROWTH_STAGE.getName(),
                        request.growthStage() == null ? null : request.growthStage().name())
                .putValue(MentorAssignmentProcess.INSTITUTION_CODE.getName(), request.institutionCode())
                .putValue(MentorAssignmentProcess.MENTEE_USERNAME.getName(),
                        request.menteeUserId() == null ? null : users.usernameOf(request.menteeUserId()));
        runtime.startProcessInstanceByKey(MentorAssignmentProcess.KEY, request.mentee().reference(), variables);
        return mentoring.latestFor(request.mentee()).orElseThrow();
    }
}
