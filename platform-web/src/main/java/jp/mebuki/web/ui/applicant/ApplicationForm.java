package jp.mebuki.web.ui.applicant;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import jp.mebuki.core.programme.GrowthStage;

/**
 * The whole application as the form edits it. Every step posts all fields (those of other steps as
 * hidden inputs), so each step can save the complete draft. Only the shape is checked here; the domain
 * checks the rest and its refusals are shown beside the field they name.
 */
public class ApplicationForm {

    /** Rows of the team table offered on the form. */
    static final int TEAM_ROWS = 3;

    private Long callId;
    @NotBlank
    @Size(max = 200)
    private String title;
    @Size(max = 4000)
    private String abstractText;
    private String technologyField;
    private GrowthStage growthStage;
    @Positive
    private Long requestedAmountYen;
    private String institutionCode;
    @Valid
    private List<TeamMemberForm> team = new ArrayList<>();

    /** Pads the team table to {@link #TEAM_ROWS} rows (one more when all are used). */
    void padTeam() {
        while (team.size() < TEAM_ROWS) {
            team.add(new TeamMemberForm());
        }
    }

    /** The rows the applicant filled in, in order. */
    public List<TeamMemberForm> getFilledTeam() {
        return team.stream().filter(m -> m != null && !m.isBlank()).toList();
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAbstractText() {
        return abstractText;
    }

    public void setAbstractText(String abstractText) {
        this.abstractText = abstractText;
    }

    public String getTechnologyField() {
        return technologyField;
    }

    public void setTechnologyField(String technologyField) {
        this.technologyField = technologyField;
    }

    public GrowthStage getGrowthStage() {
        return growthStage;
    }

    public void setGrowthStage(GrowthStage growthStage) {
        this.growthStage = growthStage;
    }

    public Long getRequestedAmountYen() {
        return requestedAmountYen;
    }

    public void setRequestedAmountYen(Long requestedAmountYen) {
        this.requestedAmountYen = requestedAmountYen;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public void setInstitutionCode(String institutionCode) {
        this.institutionCode = institutionCode;
    }

    public List<TeamMemberForm> getTeam() {
        return team;
    }

    public void setTeam(List<TeamMemberForm> team) {
        this.team = team;
    }
}
