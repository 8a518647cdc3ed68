package jp.mebuki.web.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import jp.mebuki.core.shared.ConflictingStateException;
import jp.mebuki.core.shared.DomainException;
import jp.mebuki.core.shared.InvalidInputException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.workflows.config.ConcurrentChanges;

/**
 * Turns the domain's exceptions and Spring MVC's input errors into problem details: 400 naming the
 * field, 403, 404, 409 with a stable code (also for a request that lost a race with a concurrent change),
 * and a bare 500 for everything unexpected (logged here, never sent to the client).
 */
@RestControllerAdvice(basePackages = "jp.mebuki.web")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, e.code(), e.getMessage());
        if (e.field() != null) {
            problem.setProperty(Problems.FIELD, e.field());
        }
        return problem(problem);
    }

    @ExceptionHandler(ConflictingStateException.class)
    ResponseEntity<ProblemDetail> conflictingState(ConflictingStateException e) {
        return problem(Problems.of(HttpStatus.CONFLICT, e.code(), e.getMessage()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, e.code(), e.getMessage()));
    }

    /** Any other domain refusal is the caller's fault and a state conflict. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> otherDomainRefusal(DomainException e) {
        return problem(Problems.of(HttpStatus.CONFLICT, e.code(), e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return problem(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "you may not do this"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed",
                "'" + e.getName() + "' has an unreadable value");
        problem.setProperty(Problems.FIELD, e.getName());
        return problem(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (ConcurrentChanges.isConcurrentChange(e)) {
            // lost a race with another request or a job; everything rolled back, a retry may well succeed
            log.info("concurrent change refused: {}", e.getMessage());
            return problem(Problems.of(HttpStatus.CONFLICT, ConcurrentChanges.CODE,
                    "somebody else changed this at the same moment; nothing was saved, please try again"));
        }
        log.error("unexpected error in the API", e);
        return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "the request could not be completed; the error has been logged"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(Map.of(Problems.FIELD, error.getField(), "message",
                    error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage()));
        }
        errors.sort((a, b) -> a.get(Problems.FIELD).compareTo(b.get(Problems.FIELD)));
        String field = errors.isEmpty() ? null : errors.get(0).get(Problems.FIELD);
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid",
                field == null ? "the request is invalid" : field + " " + errors.get(0).get("message"));
        if (field != null) {
            problem.setProperty(Problems.FIELD, field);
        }
        problem.setProperty(Problems.ERRORS, errors);
        return asObject(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = null;
        String detail = "the request body is not readable JSON";
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = path(mapping.getPath());
            detail = mapping instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                    && invalid.getTargetType().isEnum()
                            ? field + " must be one of " + List.of(invalid.getTargetType().getEnumConstants())
                            : field + " has a value of the wrong type";
        }
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed", detail);
        if (field != null) {
            problem.setProperty(Problems.FIELD, field);
        }
        return asObject(problem);
    }

    /** Every other Spring MVC refusal (405, 415, missing parameter …) keeps its status, gains a code. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getProperties() == null
                || !problem.getProperties().containsKey(Problems.CODE))) {
            problem.setProperty(Problems.CODE, "request-refused");
        }
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ResponseEntity<Object> asObject(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
