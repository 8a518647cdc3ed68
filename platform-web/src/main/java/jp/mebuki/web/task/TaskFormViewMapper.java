package jp.mebuki.web.task;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.workflows.task.TaskForm;
import jp.mebuki.workflows.task.TaskFormField;

@Mapper
interface TaskFormViewMapper {

    @Mapping(target = "taskId", source = "task.id")
    @Mapping(target = "name", source = "task.name")
    @Mapping(target = "applicationId", source = "task.applicationId")
    TaskFormView toView(TaskForm form);

    TaskFormView.FieldView toView(TaskFormField field);

    TaskFormView.OptionView toView(TaskFormField.Option option);

    default Long id(ApplicationId id) {
        return id == null ? null : id.value();
    }
}
