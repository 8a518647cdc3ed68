package jp.mebuki.core.user;

/** Where and in which language a user is mailed: the two columns a notification needs from the account. */
public record MailRecipient(String email, String preferredLocale) {
}
