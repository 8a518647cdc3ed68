package jp.mebuki.web.task;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import jp.mebuki.core.application.ApplicationOverview;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.mentor.MentoringMatchId;
import jp.mebuki.workflows.task.WorkTask;

@Mapper
interface TaskViewMapper {

    @Mapping(target = "id", source = "task.id")
    @Mapping(target = "name", source = "task.name")
    @Mapping(target = "application", source = "application")
    TaskView toView(WorkTask task, TaskView.TaskApplicationView application);

    @Mapping(target = "applicant", source = "applicantUsername")
    TaskView.TaskApplicationView toSummary(ApplicationOverview application);

    @Mapping(target = "applicant", ignore = true)
    @Mapping(target = "institutionCode", ignore = true)
    TaskView.TaskApplicationView toBlindSummary(ApplicationOverview application);

    default long id(ApplicationId id) {
        return id.value();
    }

    default Long id(MentoringMatchId id) {
        return id == null ? null : id.value();
    }
}
