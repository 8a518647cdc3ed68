package jp.mebuki.workflows.admin;

import java.util.List;

/**
 * The result of a migration request: either every running instance of the source version moved to the
 * target ({@code migrated}), or none did and {@code problems} says why, per activity.
 */
public record MigrationOutcome(ProcessVersion source, ProcessVersion target, long migrated, List<Problem> problems) {

    public boolean succeeded() {
        return problems.isEmpty();
    }

    /** Why an activity (or the plan as a whole, {@code activityId} empty) cannot be migrated. */
    public record Problem(String activityId, List<String> reasons) {
    }
}
