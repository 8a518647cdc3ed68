package jp.mebuki.web.ui.task;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.web.security.PlatformUser;
import jp.mebuki.workflows.task.FormFieldType;
import jp.mebuki.workflows.task.TaskForm;
import jp.mebuki.workflows.task.TaskFormField;
import jp.mebuki.workflows.task.TaskKind;
import jp.mebuki.workflows.task.WorkTask;
import jp.mebuki.workflows.task.WorkTaskService;

/**
 * The caller's generic tasks and their forms. Who sees a task is the inbox's rule (assignee, candidate user,
 * or a candidate group named like one of the caller's roles); any other task id is not found.
 */
@Controller
@RequestMapping("/tasks/forms")
class FormTaskController {

    private final WorkTaskService tasks;
    private final ApplicationService applications;
    private final UserDirectory users;

    FormTaskController(WorkTaskService tasks, ApplicationService applications, UserDirectory users) {
        this.tasks = tasks;
        this.applications = applications;
        this.users = users;
    }

    @GetMapping
    String list(@AuthenticationPrincipal PlatformUser user, Model model) {
        List<WorkTask> open = genericTasksOf(account(user));
        model.addAttribute("formTasks", open);
        model.addAttribute("formTaskTitles", titles(open));
        return "tasks/forms";
    }

    @GetMapping("/{taskId}")
    String form(@PathVariable String taskId, @AuthenticationPrincipal PlatformUser user, Model model) {
        TaskForm form = tasks.formOf(taskId, account(user));
        FormTaskForm values = new FormTaskForm();
        form.fields().forEach(f -> values.getValues().put(f.id(), f.defaultValue()));
        model.addAttribute("form", values);
        return formPage(model, form);
    }

    @PostMapping("/{taskId}")
    String complete(@PathVariable String taskId, @ModelAttribute("form") FormTaskForm form, BindingResult result,
            @AuthenticationPrincipal PlatformUser user, Model model, RedirectAttributes redirect) {
        UserAccount account = account(user);
        TaskForm taskForm = tasks.formOf(taskId, account);
        Map<String, String> values = new LinkedHashMap<>(form.getValues());
        for (TaskFormField field : taskForm.fields()) {
            if (field.readonly()) {
                values.remove(field.id());
            } else if (field.type() == FormFieldType.BOOLEAN) {
                // an unticked checkbox sends nothing
                values.putIfAbsent(field.id(), "false");
            }
        }
        try {
            tasks.completeForm(taskId, account, values);
            redirect.addFlashAttribute("notice", "task.form.completed");
            return "redirect:/tasks/forms";
        } catch (InvalidInputException e) {
            String label = taskForm.fields().stream().filter(f -> f.id().equals(e.field())).map(TaskFormField::label)
                    .findFirst().orElse(e.field());
            String code = "task.form.error." + e.code();
            if (taskForm.fields().stream().anyMatch(f -> f.id().equals(e.field()))) {
                result.rejectValue("values[" + e.field() + "]", code, new Object[] { label }, e.getMessage());
            } else {
                result.reject(code, new Object[] { label }, e.getMessage());
            }
        }
        return formPage(model, taskForm);
    }

    private String formPage(Model model, TaskForm form) {
        model.addAttribute("task", form.task());
        model.addAttribute("fields", form.fields());
        model.addAttribute("applicationTitle", form.task().applicationId() == null ? null
                : applications.require(form.task().applicationId()).getTitle());
        return "tasks/form";
    }

    private List<WorkTask> genericTasksOf(UserAccount user) {
        return tasks.openTasksOf(user).stream().filter(t -> t.kind() == TaskKind.GENERIC).toList();
    }

    private Map<Long, String> titles(List<WorkTask> open) {
        return open.stream().map(WorkTask::applicationId).filter(Objects::nonNull).distinct()
                .collect(Collectors.toMap(ApplicationId::value, id -> applications.require(id).getTitle()));
    }

    private UserAccount account(PlatformUser user) {
        return users.require(user.userId());
    }
}
