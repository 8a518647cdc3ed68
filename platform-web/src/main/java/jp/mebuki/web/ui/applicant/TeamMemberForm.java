package jp.mebuki.web.ui.applicant;

import jakarta.validation.constraints.Size;

/** One row of the team table; a row left blank is dropped. */
public class TeamMemberForm {

    @Size(max = 200)
    private String name;
    @Size(max = 100)
    private String role;
    @Size(max = 200)
    private String affiliation;

    public boolean isBlank() {
        return blank(name) && blank(role) && blank(affiliation);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(String affiliation) {
        this.affiliation = affiliation;
    }
}
