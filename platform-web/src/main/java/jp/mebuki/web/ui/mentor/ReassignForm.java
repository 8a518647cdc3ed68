package jp.mebuki.web.ui.mentor;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The PM's choice of another mentor than proposed (or of one at all), always with a reason. */
public class ReassignForm {

    @NotNull
    private Long mentorId;
    @Size(max = 2000)
    private String reason;

    public Long getMentorId() {
        return mentorId;
    }

    public void setMentorId(Long mentorId) {
        this.mentorId = mentorId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
