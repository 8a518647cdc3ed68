package jp.mebuki.web.application;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.mebuki.core.programme.GrowthStage;

/** The whole content of a draft (or of an application sent back for revision), replacing the previous one. */
@Schema(name = "EditApplication")
record EditApplicationRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String abstractText,
        @Size(max = 64) String technologyField,
        GrowthStage growthStage,
        @Positive Long requestedAmountYen,
        @Size(max = 64) String institutionCode,
        @Size(max = 20) List<@Valid @NotNull TeamMemberRequest> team) {
}
