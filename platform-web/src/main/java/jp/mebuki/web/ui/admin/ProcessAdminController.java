package jp.mebuki.web.ui.admin;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.web.security.PlatformUser;
import jp.mebuki.web.ui.FieldErrors;
import jp.mebuki.workflows.admin.DeployedModels;
import jp.mebuki.workflows.admin.MigrationOutcome;
import jp.mebuki.workflows.admin.ProcessAdministrationService;
import jp.mebuki.workflows.admin.ProcessDiagram;
import jp.mebuki.workflows.admin.ProcessVersion;

@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('ADMIN')")
class ProcessAdminController {

    private final ProcessAdministrationService processes;

    ProcessAdminController(ProcessAdministrationService processes) {
        this.processes = processes;
    }

    /** Versions per process, newest first, with their running instances. */
    @GetMapping("/processes")
    String processes(Model model) {
        Map<String, List<ProcessVersion>> byKey = new LinkedHashMap<>();
        processes.processVersions().forEach(v -> byKey.computeIfAbsent(v.key(), k -> new java.util.ArrayList<>()).add(v));
        model.addAttribute("processes", byKey);
        return "admin/processes";
    }

    @GetMapping("/deployments")
    String deployments(Model model) {
        model.addAttribute("form", new UploadForm());
        return deploymentsPage(model);
    }

    @PostMapping("/deployments")
    String upload(@ModelAttribute("form") UploadForm form, BindingResult result,
            @AuthenticationPrincipal PlatformUser user, Model model, RedirectAttributes redirect) {
        try {
            byte[] content = form.getFile() == null ? null : form.getFile().getBytes();
            String name = form.getFile() == null ? null : form.getFile().getOriginalFilename();
            DeployedModels deployed = processes.deploy(name, content, user.actor(), form.getReason());
            redirect.addFlashAttribute("deployed", deployed);
            redirect.addFlashAttribute("notice", "notice.admin.deployed");
            return "redirect:/admin/deployments";
        } catch (InvalidInputException e) {
            FieldErrors.reject(result, e);
        } catch (IOException e) {
            result.rejectValue("file", "admin.upload.unreadable", "the file could not be read");
        }
        return deploymentsPage(model);
    }

    /** The diagram of a version with its running tokens as overlays. */
    @GetMapping("/processes/{definitionId}")
    String diagram(@PathVariable String definitionId, Model model) {
        ProcessDiagram diagram = processes.diagram(definitionId);
        model.addAttribute("diagram", diagram);
        model.addAttribute("version", diagram.version());
        return "admin/diagram";
    }

    /** The BPMN XML the diagram page's viewer loads. */
    @GetMapping("/processes/{definitionId}/model")
    ResponseEntity<String> model(@PathVariable String definitionId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(processes.diagram(definitionId).bpmnXml());
    }

    @GetMapping("/processes/{definitionId}/migrate")
    String migration(@PathVariable String definitionId, Model model) {
        model.addAttribute("form", new MigrationForm());
        return migrationPage(definitionId, model);
    }

    @PostMapping("/processes/{definitionId}/migrate")
    String migrate(@PathVariable String definitionId, @ModelAttribute("form") MigrationForm form, BindingResult result,
            @AuthenticationPrincipal PlatformUser user, Model model) {
        try {
            MigrationOutcome outcome = processes.migrate(definitionId, form.getTargetDefinitionId(), user.actor(),
                    form.getReason());
            model.addAttribute("outcome", outcome);
        } catch (InvalidInputException e) {
            FieldErrors.reject(result, e);
        }
        return migrationPage(definitionId, model);
    }

    private String deploymentsPage(Model model) {
        model.addAttribute("deployments", processes.deployments());
        return "admin/deployments";
    }

    private String migrationPage(String definitionId, Model model) {
        ProcessVersion source = processes.processVersion(definitionId);
        model.addAttribute("source", source);
        model.addAttribute("targets", processes.processVersions().stream()
                .filter(v -> v.key().equals(source.key()) && !v.definitionId().equals(source.definitionId()))
                .toList());
        return "admin/migrate";
    }
}
