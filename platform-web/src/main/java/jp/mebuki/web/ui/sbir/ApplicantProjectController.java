package jp.mebuki.web.ui.sbir;

import org.springframework.security.access.prepost.PreAuthorize;
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

import jp.mebuki.core.sbir.ProjectId;
import jp.mebuki.core.sbir.SbirProject;
import jp.mebuki.core.sbir.SbirProjectService;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.web.security.PlatformUser;
import jp.mebuki.web.ui.FieldErrors;
import jp.mebuki.workflows.sbir.SbirProcessService;

/** The awardee's SBIR projects; anybody but the awardee gets 404 for a project (ids reveal nothing). */
@Controller
@RequestMapping("/applicant/projects")
@PreAuthorize("hasRole('APPLICANT')")
class ApplicantProjectController {

    private final SbirProjectService projects;
    private final SbirProcessService lifecycle;
    private final ProjectPages pages;
    private final UserDirectory users;

    ApplicantProjectController(SbirProjectService projects, SbirProcessService lifecycle, ProjectPages pages,
            UserDirectory users) {
        this.projects = projects;
        this.lifecycle = lifecycle;
        this.pages = pages;
        this.users = users;
    }

    @GetMapping
    String projects(@AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("projects", projects.visibleTo(account(user)).stream()
                .filter(p -> p.isAwardee(user.userId())).toList());
        return "sbir/applicant-projects";
    }

    @GetMapping("/{id}")
    String project(@PathVariable long id, @AuthenticationPrincipal PlatformUser user, Model model) {
        model.addAttribute("form", new ReportForm());
        return page(model, own(id, user));
    }

    @PostMapping("/{id}/report")
    String report(@PathVariable long id, @ModelAttribute("form") ReportForm form, BindingResult result,
            @AuthenticationPrincipal PlatformUser user, Model model, RedirectAttributes redirect) {
        SbirProject project = own(id, user);
        if (!result.hasErrors()) {
            try {
                lifecycle.submitReport(project.getId(), user.userId(), user.actor(), form.getTechnicalResults(),
                        form.getBusinessResults(), form.getSpentYen());
                redirect.addFlashAttribute("notice", "sbir.notice.reportSubmitted");
                return "redirect:/applicant/projects/" + id;
            } catch (InvalidInputException e) {
                FieldErrors.reject(result, e);
            }
        }
        return page(model, project);
    }

    private String page(Model model, SbirProject project) {
        pages.addProject(model, project, false);
        return "sbir/project";
    }

    /** Only the awardee's own project; a PM reaches projects through the PM pages. */
    private SbirProject own(long id, PlatformUser user) {
        SbirProject project = projects.requireVisible(new ProjectId(id), account(user));
        if (!project.isAwardee(user.userId())) {
            throw new NotFoundException("project", project.getId());
        }
        return project;
    }

    private UserAccount account(PlatformUser user) {
        return users.require(user.userId());
    }
}
