package jp.mebuki.web.application;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.mebuki.core.application.ApplicationStatus;
import jp.mebuki.core.programme.GrowthStage;

/** A line of the application list; applicant and institution are absent for reviewers of a blind call. */
@Schema(name = "ApplicationSummary")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApplicationSummary(
        long id,
        long callId,
        String title,
        String technologyField,
        GrowthStage growthStage,
        Long requestedAmountYen,
        String applicant,
        String institutionCode,
        ApplicationStatus status,
        Instant lastSubmittedAt) {
}
