package jp.mebuki.workflows.mentoring;

import org.springframework.stereotype.Component;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.mentor.AdoptedTeams;
import jp.mebuki.core.mentor.MenteeRequest;
import jp.mebuki.core.user.UserDirectory;

/**
 * {@code ${adoptedTeam...}}: the gap-fund process's call activity maps an adopted application onto the
 * mentor-assignment process's generic inputs with these expressions. Public, like
 * {@code ReviewSlotExpressions}: the expression language invokes the methods reflectively.
 */
@Component("adoptedTeam")
public class AdoptedTeamExpressions {

    private final AdoptedTeams teams;
    private final UserDirectory users;

    AdoptedTeamExpressions(AdoptedTeams teams, UserDirectory users) {
        this.teams = teams;
        this.users = users;
    }

    public String titleOf(Long applicationId) {
        return request(applicationId).title();
    }

    public String fieldOf(Long applicationId) {
        return request(applicationId).fieldCode();
    }

    public String stageOf(Long applicationId) {
        MenteeRequest request = request(applicationId);
        return request.growthStage() == null ? null : request.growthStage().name();
    }

    public String institutionOf(Long applicationId) {
        return request(applicationId).institutionCode();
    }

    /** The applicant's username: they lead the team and evaluate the mentoring. */
    public String leadOf(Long applicationId) {
        return users.usernameOf(request(applicationId).menteeUserId());
    }

    private MenteeRequest request(Long applicationId) {
        return teams.menteeRequestOf(new ApplicationId(applicationId));
    }
}
