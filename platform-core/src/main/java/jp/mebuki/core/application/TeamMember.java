package jp.mebuki.core.application;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A member of the applying team. */
@Table("application_team_member")
public record TeamMember(String name, @Column("team_role") String role, String affiliation) {
}
