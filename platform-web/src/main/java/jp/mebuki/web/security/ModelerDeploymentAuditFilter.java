package jp.mebuki.web.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.mebuki.core.audit.AuditLog;
import jp.mebuki.core.shared.Actor;
import jp.mebuki.workflows.admin.ProcessAdministrationService;

/**
 * Audits deployments from the Camunda Modeler ({@code POST /engine-rest/deployment/create}) like uploads
 * from the admin pages: who, when, which deployment and definitions, from which tool. The engine's deploy
 * and the audit entry share one transaction, so there is no deployment without its entry; a refused
 * deployment (4xx/5xx) rolls back and leaves neither. The request body is never read here: Camunda's
 * REST API reads the multipart stream itself; the details come from its answer.
 */
final class ModelerDeploymentAuditFilter extends OncePerRequestFilter {

    private final AuditLog audit;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;

    ModelerDeploymentAuditFilter(AuditLog audit, ObjectMapper json, PlatformTransactionManager transactions) {
        this.audit = audit;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/deployment/create"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            transaction.executeWithoutResult(status -> {
                try {
                    chain.doFilter(request, answer);
                } catch (IOException | ServletException e) {
                    throw new ChainFailure(e);
                }
                if (answer.getStatus() / 100 == 2) {
                    audit.record(actor(), ProcessAdministrationService.DEPLOYED,
                            ProcessAdministrationService.AUDIT_SUBJECT, 0, describe(answer.getContentAsByteArray()));
                } else {
                    status.setRollbackOnly();
                }
            });
        } catch (ChainFailure failure) {
            if (failure.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) failure.getCause();
        }
        answer.copyBodyToResponse();
    }

    /** Carries the chain's checked exception out of the transaction callback (which rolls back on it). */
    private static final class ChainFailure extends RuntimeException {

        ChainFailure(Exception cause) {
            super(cause);
        }
    }

    private static Actor actor() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return Actor.user(who == null ? "unknown" : who.getName());
    }

    /** "deployment ID (NAME) from SOURCE: Key v2, Decision v1" from Camunda's answer. */
    private String describe(byte[] body) {
        try {
            JsonNode deployment = json.readTree(body);
            List<String> definitions = new ArrayList<>();
            for (String kind : List.of("deployedProcessDefinitions", "deployedDecisionDefinitions")) {
                deployment.path(kind).forEach(d -> definitions.add(d.path("key").asText() + " v"
                        + d.path("version").asText()));
            }
            return "deployment " + deployment.path("id").asText() + " (" + deployment.path("name").asText()
                    + ") from " + deployment.path("source").asText("the engine REST API") + ": "
                    + (definitions.isEmpty() ? "no changed model, no new version" : String.join(", ", definitions));
        } catch (IOException unreadable) {
            return "deployment through the engine REST API (answer not readable: " + unreadable.getMessage() + ")";
        }
    }
}
