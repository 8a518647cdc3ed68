package jp.mebuki.web.ui.sbir;

import java.util.LinkedHashMap;
import java.util.Map;

/** A gate reviewer's scores (1–5 per technical and business criterion) and comment, checked by the domain. */
public class GateReviewForm {

    private Map<String, Integer> scores = new LinkedHashMap<>();
    private String comment;

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
}
