package jp.mebuki.web.task;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationOverview;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.user.Role;
import jp.mebuki.workflows.task.TaskKind;
import jp.mebuki.workflows.task.WorkTask;
import jp.mebuki.workflows.task.WorkTaskService;

/**
 * Builds the caller's inbox: each open task with its application's summary. Reviewers' tasks on a
 * blind call leave the applicant's identity out; a programme manager's decision task shows it.
 */
@Component
class TaskInbox {

    private final WorkTaskService tasks;
    private final ApplicationService applications;
    private final TaskViewMapper mapper;

    TaskInbox(WorkTaskService tasks, ApplicationService applications, TaskViewMapper mapper) {
        this.tasks = tasks;
        this.applications = applications;
        this.mapper = mapper;
    }

    @Transactional(readOnly = true)
    public List<TaskView> openTasksOf(String username, Set<Role> roles, int page, int size) {
        List<WorkTask> open = tasks.openTasksOf(username, roles, page, size);
        // the page's applications, with applicant and call's blindness, in one query
        Map<ApplicationId, ApplicationOverview> overviews = applications.overviewsOf(
                open.stream().map(WorkTask::applicationId).filter(Objects::nonNull).toList());
        return open.stream().map(task -> toView(task, overviews)).toList();
    }

    private TaskView toView(WorkTask task, Map<ApplicationId, ApplicationOverview> overviews) {
        if (task.applicationId() == null) {
            // a mentoring task of a team that is not a gap-fund application (e.g. an SBIR project)
            return mapper.toView(task, null);
        }
        ApplicationOverview application = overviews.get(task.applicationId());
        if (application == null) {
            throw new NotFoundException("application", task.applicationId());
        }
        boolean reviewerTask = task.kind() == TaskKind.DECLARE_CONFLICT || task.kind() == TaskKind.SCORE_APPLICATION;
        TaskView.TaskApplicationView summary = reviewerTask && application.blindReview()
                ? mapper.toBlindSummary(application) : mapper.toSummary(application);
        return mapper.toView(task, summary);
    }
}
