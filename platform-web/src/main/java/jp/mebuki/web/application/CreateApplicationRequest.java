package jp.mebuki.web.application;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.mebuki.core.programme.GrowthStage;

/**
 * A new draft. Only the shape is checked here; the domain checks the rest (the call's window and
 * cap, known technology fields and institutions). Every field but callId and title may still be
 * missing in a draft and is required on submission.
 */
@Schema(name = "CreateApplication")
record CreateApplicationRequest(
        @NotNull Long callId,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String abstractText,
        @Schema(description = "code of a technology field, e.g. AI or ROBOTICS_DRONES") @Size(max = 64) String technologyField,
        GrowthStage growthStage,
        @Schema(description = "at most the call's cap per application") @Positive Long requestedAmountYen,
        @Schema(description = "code of the applicant's institution, e.g. tohoku-u") @Size(max = 64) String institutionCode,
        @Size(max = 20) List<@Valid @NotNull TeamMemberRequest> team) {
}
