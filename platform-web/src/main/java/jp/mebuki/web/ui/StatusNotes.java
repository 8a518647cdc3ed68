package jp.mebuki.web.ui;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import jp.mebuki.core.application.StatusChange;
import jp.mebuki.core.application.StatusNote;

/**
 * The note of a status change in the reader's language ({@code ${@notes.of(change)}}): a coded note is
 * worded by the message {@code history.note.<code>}; free text (a person's reason) and entries written
 * before codes were kept are shown as stored.
 */
@Component("notes")
public class StatusNotes {

    private final MessageSource messages;

    StatusNotes(MessageSource messages) {
        this.messages = messages;
    }

    public String of(StatusChange change) {
        if (change.noteCode() == null) {
            return change.note();
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<String> arguments = change.noteArguments();
        Object[] wordingArguments = StatusNote.INELIGIBLE.equals(change.noteCode())
                ? new Object[] {String.join(messages.getMessage("history.note.separator", null, ", ", locale),
                        arguments.stream().map(reason -> messages.getMessage("history.note.reason." + reason, null,
                                reason, locale)).toList())}
                : arguments.toArray();
        return messages.getMessage("history.note." + change.noteCode(), wordingArguments, change.note(), locale);
    }
}
