package jp.mebuki.web.sbir;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mebuki.core.programme.Call;
import jp.mebuki.core.sbir.ResearchTheme;
import jp.mebuki.core.sbir.SbirCatalog;
import jp.mebuki.core.sbir.SbirProjectService;
import jp.mebuki.core.sbir.ThemeId;
import jp.mebuki.web.security.PlatformUser;

@RestController
@RequestMapping("/api/sbir")
@Tag(name = "SBIR")
class SbirController {

    private final SbirCatalog catalog;
    private final SbirProjectService projects;
    private final SbirViewMapper mapper;

    SbirController(SbirCatalog catalog, SbirProjectService projects, SbirViewMapper mapper) {
        this.catalog = catalog;
        this.projects = projects;
        this.mapper = mapper;
    }

    @GetMapping("/themes")
    @Operation(summary = "Research themes (研究開発課題) with their call (any signed-in user)")
    List<SbirViews.ThemeView> themes() {
        return mapper.toThemeViews(catalog.themes());
    }

    @PostMapping("/themes")
    @PreAuthorize("hasRole('PM')")
    @Operation(summary = "Create a research theme (PM)", description = "201; 400 naming the field; 409 for a duplicate code.")
    ResponseEntity<SbirViews.ThemeView> createTheme(@RequestBody SbirRequests.CreateThemeRequest request,
            @AuthenticationPrincipal PlatformUser caller) {
        ResearchTheme theme = catalog.createTheme(caller.actor(), request.code(), request.titleEn(),
                request.titleJa(), request.requestingAgency(), request.policyNeed(), request.technologyField());
        return ResponseEntity.status(201).body(mapper.toView(theme));
    }

    @PostMapping("/calls")
    @PreAuthorize("hasRole('PM')")
    @Operation(summary = "Open an SBIR call on themes (PM)",
            description = "201; the call's cap is Phase 1's maximum (¥30,000,000); applicants apply through"
                    + " /api/applications and are screened like gap-fund applications. 400 naming the field.")
    ResponseEntity<SbirViews.SbirCallView> openCall(@RequestBody SbirRequests.OpenCallRequest request,
            @AuthenticationPrincipal PlatformUser caller) {
        List<ThemeId> themeIds = request.themeIds() == null ? null
                : request.themeIds().stream().map(ThemeId::new).toList();
        Call call = catalog.openCall(caller.actor(), request.code(), request.titleEn(), request.titleJa(),
                request.opensAt(), request.closesAt(), request.budgetYen(), request.reviewersPerApplication(),
                themeIds);
        return ResponseEntity.status(201).body(mapper.toView(call, catalog.themesOf(call.id())));
    }

    @GetMapping("/kpis")
    @PreAuthorize("hasAnyRole('PM', 'ADMIN')")
    @Operation(summary = "SBIR KPIs: projects per phase, gate conversion, procurement contracts, matchings (PM, ADMIN)")
    SbirViews.KpisView kpis() {
        return mapper.toView(projects.kpis());
    }
}
