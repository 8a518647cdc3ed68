package jp.mebuki.web.mentoring;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mebuki.core.mentor.MentoringMatchId;
import jp.mebuki.core.mentor.MentoringService;
import jp.mebuki.core.user.UserAccount;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.web.security.PlatformUser;

@RestController
@RequestMapping("/api/mentoring")
@Tag(name = "Mentoring")
class MentoringController {

    private final MentoringService mentoring;
    private final UserDirectory users;
    private final MentoringViewMapper mapper;

    MentoringController(MentoringService mentoring, UserDirectory users, MentoringViewMapper mapper) {
        this.mentoring = mentoring;
        this.users = users;
        this.mapper = mapper;
    }

    @GetMapping("/matches")
    @Operation(summary = "Mentoring matches the caller may see, with proposals, offers and score parts",
            description = "PM and ADMIN see all; a mentor those they were asked for; a team lead their own team's.")
    List<MentoringMatchView> matches(@AuthenticationPrincipal PlatformUser caller) {
        return mapper.toMatchViews(mentoring.visibleTo(account(caller)));
    }

    @GetMapping("/matches/{id}")
    @Operation(summary = "One mentoring match with its score explanation", description = "404 when not visible to the caller.")
    MentoringMatchView match(@PathVariable long id, @AuthenticationPrincipal PlatformUser caller) {
        return mapper.toView(mentoring.requireVisibleTo(new MentoringMatchId(id), account(caller)));
    }

    @PostMapping("/batch-proposals")
    @PreAuthorize("hasRole('PM')")
    @Operation(summary = "Re-match every proposal waiting for a PM together, optimally (PM)",
            description = "Single-team proposals made one after another may crowd the same mentor; this computes one"
                    + " optimal assignment for all waiting teams against the mentors' free capacity. Each match's"
                    + " proposal is replaced and explained; the PM then confirms each through its task.")
    List<MentoringMatchView> proposeBatch(@AuthenticationPrincipal PlatformUser caller) {
        return mapper.toMatchViews(mentoring.proposeBatch(caller.actor()));
    }

    @GetMapping("/matches/{id}/sessions")
    @Operation(summary = "The check-in sessions of a match (held and missed)", description = "404 when not visible to the caller.")
    List<MentoringSessionView> sessions(@PathVariable long id, @AuthenticationPrincipal PlatformUser caller) {
        MentoringMatchId matchId = mentoring.requireVisibleTo(new MentoringMatchId(id), account(caller)).getId();
        return mapper.toSessionViews(mentoring.sessionsOf(matchId));
    }

    @PostMapping("/matches/{id}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('MENTOR')")
    @Operation(summary = "Log a session held with the team between check-ins (MENTOR of this match)",
            description = "201; 400 naming `summary` or `heldOn`; 404 when the caller is not the team's mentor;"
                    + " 409 when the mentoring is not running.")
    MentoringSessionView logSession(@PathVariable long id, @RequestBody SessionLogRequest request,
            @AuthenticationPrincipal PlatformUser caller) {
        return mapper.toView(mentoring.logSession(new MentoringMatchId(id), caller.userId(), caller.actor(),
                request.heldOn(), request.summary()));
    }

    private UserAccount account(PlatformUser caller) {
        return users.require(caller.userId());
    }
}
