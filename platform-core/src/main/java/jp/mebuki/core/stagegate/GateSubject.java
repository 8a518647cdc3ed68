package jp.mebuki.core.stagegate;

import jp.mebuki.core.user.UserId;

/**
 * What the reviewer rules need to know about a gate's subject: its owner and institution (never
 * reviewers), its technology field (reviewers who know it first) and a title for notifications.
 */
public record GateSubject(UserId ownerId, String institutionCode, String technologyField, String title) {
}
