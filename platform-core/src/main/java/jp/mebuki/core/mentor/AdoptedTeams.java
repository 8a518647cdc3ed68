package jp.mebuki.core.mentor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.application.ApplicationService;
import jp.mebuki.core.application.ApplicationStatus;
import jp.mebuki.core.shared.ConflictingStateException;

/** Turns an adopted gap-fund application into the generic request for a mentor. */
@Service
public class AdoptedTeams {

    private final ApplicationService applications;

    AdoptedTeams(ApplicationService applications) {
        this.applications = applications;
    }

    @Transactional(readOnly = true)
    public MenteeRequest menteeRequestOf(ApplicationId id) {
        Application application = applications.require(id);
        if (application.getStatus() != ApplicationStatus.ADOPTED) {
            throw new ConflictingStateException("not-adopted", "application " + id + " is " + application.getStatus()
                    + "; only adopted teams get a mentor");
        }
        return new MenteeRequest(new Mentee(MenteeKind.GAP_FUND_APPLICATION, id.value()), application.getApplicantId(),
                application.getTitle(), application.getTechnologyField(), application.getGrowthStage(),
                application.getInstitutionCode(), "ja");
    }
}
