package jp.mebuki.web.ui.home;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import jp.mebuki.core.user.Role;
import jp.mebuki.web.security.PlatformUser;

@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Each role's start page; roles without pages of their own see the welcome page. */
    @GetMapping("/")
    String home(@AuthenticationPrincipal PlatformUser user) {
        if (user.isStaff()) {
            return "redirect:/pm/calls";
        }
        if (user.hasRole(Role.REVIEWER)) {
            return "redirect:/reviewer/tasks";
        }
        if (user.hasRole(Role.APPLICANT)) {
            return "redirect:/applicant/applications";
        }
        if (user.hasRole(Role.MENTOR)) {
            return "redirect:/mentor/proposals";
        }
        return "home";
    }
}
