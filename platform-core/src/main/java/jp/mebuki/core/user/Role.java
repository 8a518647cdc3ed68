package jp.mebuki.core.user;

/** What a user may do on the platform; a user may hold several. */
public enum Role {
    APPLICANT, REVIEWER, MENTOR, PM, ADMIN
}
