package jp.mebuki.web.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "TeamMember")
record TeamMemberRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String role,
        @Size(max = 200) String affiliation) {
}
