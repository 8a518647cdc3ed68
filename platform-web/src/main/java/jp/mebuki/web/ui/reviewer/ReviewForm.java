package jp.mebuki.web.ui.reviewer;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.mebuki.core.review.Recommendation;

/** A score per rubric criterion, a comment and a recommendation; checked against the rubric by the domain. */
public class ReviewForm {

    private Map<String, Integer> scores = new LinkedHashMap<>();
    private String comment;
    private Recommendation recommendation;

    public Map<String, Integer> getScores() {
        return scores;
    }

    public void setScores(Map<String, Integer> scores) {
        this.scores = scores;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(Recommendation recommendation) {
        this.recommendation = recommendation;
    }
}
