package jp.mebuki.core.application;

import jp.mebuki.core.programme.CallId;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.user.UserId;

/**
 * What a list shows of an application (e.g. each task of an inbox page), read for many applications in one
 * query, without the team and the status history of the aggregate; with the applicant's username and
 * whether its call is reviewed blind, so that a page needs no look-up per task.
 */
public record ApplicationOverview(ApplicationId id, CallId callId, UserId applicantId, String applicantUsername,
        boolean blindReview, String title, String technologyField, GrowthStage growthStage, Long requestedAmountYen,
        String institutionCode) {
}
