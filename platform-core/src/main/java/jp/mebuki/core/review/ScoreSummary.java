package jp.mebuki.core.review;

import java.math.BigDecimal;

/**
 * What a review round adds up to: the mean of the reviews' weighted scores, the spread (highest
 * minus lowest) that tells a PM how far reviewers disagree, the standard deviation and the count.
 * Mean, spread and deviation are {@code null} when no review came in.
 */
public record ScoreSummary(BigDecimal weightedMean, BigDecimal spread, BigDecimal standardDeviation, int reviewCount) {
}
