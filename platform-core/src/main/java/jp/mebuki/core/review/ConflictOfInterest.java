package jp.mebuki.core.review;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import jp.mebuki.core.application.ApplicationId;
import jp.mebuki.core.user.UserId;

/** A reviewer's declaration that they must not judge an application, with the reason. */
@Table("conflict_of_interest")
public record ConflictOfInterest(
        @Id Long id,
        UserId reviewerId,
        ApplicationId applicationId,
        String reason,
        Instant declaredAt) {
}
