package jp.mebuki.web.task;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.workflows.task.TaskKind;

/**
 * An open task of the caller, with what it is about: the application (absent for a mentoring task of a
 * team that is no gap-fund application) and, for mentoring tasks, the match ({@code /api/mentoring/matches/{id}}).
 */
@Schema(name = "Task")
@JsonInclude(JsonInclude.Include.NON_NULL)
record TaskView(
        String id,
        TaskKind kind,
        String name,
        Instant createdAt,
        Instant dueAt,
        TaskApplicationView application,
        Long mentoringMatchId) {

    /** The application a task is about; applicant and institution are absent for reviewers of a blind call. */
    @Schema(name = "TaskApplication")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TaskApplicationView(
            long id,
            String title,
            String technologyField,
            GrowthStage growthStage,
            Long requestedAmountYen,
            String applicant,
            String institutionCode) {
    }
}
