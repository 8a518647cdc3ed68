package jp.mebuki.core.application;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.mebuki.core.programme.CallId;
import jp.mebuki.core.programme.GrowthStage;
import jp.mebuki.core.user.UserId;

/** Reads {@link ApplicationOverview}s: one query for a page, where loading the aggregates took three per application. */
@Component
class ApplicationOverviews {

    private final JdbcClient jdbc;

    ApplicationOverviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ApplicationOverview> of(Collection<ApplicationId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select a.id, a.call_id, a.applicant_id, u.username, c.blind_review, a.title,"
                + " a.technology_field, a.growth_stage, a.requested_amount_yen, a.institution_code"
                + " from application a join app_user u on u.id = a.applicant_id join funding_call c on c.id = a.call_id"
                + " where a.id in (:ids)")
                .param("ids", ids.stream().map(ApplicationId::value).distinct().toList())
                .query((row, n) -> new ApplicationOverview(new ApplicationId(row.getLong("id")),
                        new CallId(row.getLong("call_id")), new UserId(row.getLong("applicant_id")),
                        row.getString("username"), row.getBoolean("blind_review"), row.getString("title"), row.getString("technology_field"),
                        row.getString("growth_stage") == null ? null : GrowthStage.valueOf(row.getString("growth_stage")),
                        row.getObject("requested_amount_yen", Long.class), row.getString("institution_code")))
                .list();
    }
}
