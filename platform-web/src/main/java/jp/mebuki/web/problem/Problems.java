package jp.mebuki.web.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the problem details every refusal of the API shares: status, title, detail and a stable code. */
final class Problems {

    static final String CODE = "code";
    static final String FIELD = "field";
    static final String ERRORS = "errors";

    private Problems() {
    }

    static ProblemDetail of(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        if (code != null) {
            problem.setProperty(CODE, code);
        }
        return problem;
    }
}
