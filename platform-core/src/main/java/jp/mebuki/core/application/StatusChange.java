package jp.mebuki.core.application;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** One entry of an application's status history: the new status, when, by whom and why. */
@Table("application_status_change")
public record StatusChange(ApplicationStatus status, Instant changedAt, String actor, String note) {
}
