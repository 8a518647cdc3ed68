package jp.mebuki.web.mentoring;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mebuki.core.mentor.MentorProfile;
import jp.mebuki.core.mentor.MentorProfileService;
import jp.mebuki.core.user.UserDirectory;
import jp.mebuki.core.user.UserId;
import jp.mebuki.web.security.PlatformUser;

@RestController
@RequestMapping("/api/mentors")
@Tag(name = "Mentors")
class MentorController {

    private final MentorProfileService profiles;
    private final UserDirectory users;
    private final MentoringViewMapper mapper;

    MentorController(MentorProfileService profiles, UserDirectory users, MentoringViewMapper mapper) {
        this.profiles = profiles;
        this.users = users;
        this.mapper = mapper;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PM', 'ADMIN')")
    @Operation(summary = "Every mentor profile with the mentor's current load (PM, ADMIN)")
    List<MentorProfileView> all() {
        return profiles.profiles().stream().map(this::toView).toList();
    }

    @GetMapping("/{userId}")
    @PreAuthorize("hasAnyRole('PM', 'ADMIN')")
    @Operation(summary = "One mentor's profile (PM, ADMIN)", description = "404 when the user has no mentor profile.")
    MentorProfileView one(@PathVariable long userId) {
        return toView(profiles.require(new UserId(userId)));
    }

    @GetMapping("/me")
    @PreAuthorize("hasRole('MENTOR')")
    @Operation(summary = "The caller's own mentor profile (MENTOR)", description = "404 before the first save.")
    MentorProfileView mine(@AuthenticationPrincipal PlatformUser caller) {
        return toView(profiles.require(caller.userId()));
    }

    @PutMapping("/me")
    @PreAuthorize("hasRole('MENTOR')")
    @Operation(summary = "Write the caller's own mentor profile (MENTOR)",
            description = "400 naming the field: `fieldCodes`, `stages`, `prefecture`, `languages`, `capacity` (also"
                    + " when below the teams the mentor already has: code `capacity-below-load`), `institutionCode`,"
                    + " `conflicts[i].…`. Nothing is saved on a refusal.")
    MentorProfileView update(@RequestBody MentorProfileRequest request, @AuthenticationPrincipal PlatformUser caller) {
        return toView(profiles.update(caller.userId(), caller.actor(), mapper.toChange(request)));
    }

    private MentorProfileView toView(MentorProfile profile) {
        return mapper.toView(profile, users.require(profile.userId()), profiles.currentLoad(profile.userId()));
    }
}
