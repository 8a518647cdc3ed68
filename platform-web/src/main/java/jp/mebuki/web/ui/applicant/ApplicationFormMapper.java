package jp.mebuki.web.ui.applicant;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import jp.mebuki.core.application.Application;
import jp.mebuki.core.application.ApplicationContent;
import jp.mebuki.core.application.TeamMember;
import jp.mebuki.core.programme.CallId;

/** The form to the domain's content (blank team rows and blank texts dropped) and a draft back to the form. */
@Mapper
interface ApplicationFormMapper {

    @Mapping(target = "team", source = "filledTeam")
    ApplicationContent toContent(ApplicationForm form);

    TeamMember toMember(TeamMemberForm form);

    @Mapping(target = "filledTeam", ignore = true)
    ApplicationForm toForm(Application application);

    TeamMemberForm toForm(TeamMember member);

    default Long id(CallId id) {
        return id == null ? null : id.value();
    }

    /** An empty text box means "not given yet", as a missing JSON field does in the API. */
    default String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
