package jp.mebuki.core.application;

import java.util.List;

/**
 * Why a status changed: either a person's own words (a withdrawal or decision reason, kept as written)
 * or a stable reason code with arguments that the pages word in the reader's language (message
 * {@code history.note.<code>}), with the English wording kept beside it for the API and the audit.
 */
public record StatusNote(String code, List<String> arguments, String english) {

    /** Separates the arguments in one column (the ASCII unit separator never occurs in them). */
    static final char ARGUMENT_SEPARATOR = '\u001f';

    public static final String RESUBMITTED = "resubmitted";
    public static final String ELIGIBLE = "eligible";
    public static final String INELIGIBLE = "ineligible";
    public static final String BACK_TO_REVIEW = "back-to-review";
    public static final String REVIEWS_COMPLETE = "reviews-complete";

    public StatusNote {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** A person's own words: shown as written, in whatever language they wrote. */
    static StatusNote text(String words) {
        return words == null ? null : new StatusNote(null, List.of(), words);
    }

    static StatusNote coded(String code, String english, List<String> arguments) {
        return new StatusNote(code, arguments, english);
    }

    String joinedArguments() {
        return arguments.isEmpty() ? null : String.join(String.valueOf(ARGUMENT_SEPARATOR), arguments);
    }
}
