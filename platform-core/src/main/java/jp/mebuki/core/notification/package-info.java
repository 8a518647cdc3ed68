/**
 * Telling people what happened: every notification is kept in the recipient's in-platform inbox and
 * sent by mail through {@link jp.mebuki.core.notification.MailGateway}, the edge that tests replace.
 * Texts come from the {@code notifications} message bundle in the recipient's language.
 */
package jp.mebuki.core.notification;
