package jp.mebuki.web.ui;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jp.mebuki.core.shared.DomainException;
import jp.mebuki.core.shared.NotFoundException;
import jp.mebuki.workflows.config.ConcurrentChanges;

/**
 * Error pages for the web pages (the API keeps its problem+json handler): 404 for anything the caller
 * may not see (others' ids reveal nothing), 403, 409 with the reason in the user's language.
 */
@ControllerAdvice(basePackages = "jp.mebuki.web.ui")
@Order(Ordered.HIGHEST_PRECEDENCE)
class UiErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/not-found";
    }

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "error/forbidden";
    }

    @ExceptionHandler(DomainException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(DomainException e, org.springframework.ui.Model model) {
        model.addAttribute("code", e.code());
        return "error/conflict";
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletResponse response, org.springframework.ui.Model model) {
        if (ConcurrentChanges.isConcurrentChange(e)) {
            // lost a race with another user or a job; everything rolled back, so the user may try again
            log.info("concurrent change refused on a page: {}", e.getMessage());
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("code", ConcurrentChanges.CODE);
            return "error/conflict";
        }
        log.error("unexpected error on a page", e);
        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        return "error/unexpected";
    }
}
