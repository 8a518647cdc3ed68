package jp.mebuki.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import jp.mebuki.core.application.ApplicationStatus;
import jp.mebuki.core.application.StatusChange;

/** Status-history notes worded from the real message bundles in the reader's language. */
class StatusNotesTest {

    private static final Instant AT = Instant.parse("2026-11-25T01:00:00Z");
    private static final String SEPARATOR = "\u001f";

    private final StatusNotes notes = new StatusNotes(bundles());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void wordsACodedNoteInJapaneseOrEnglish() {
        StatusChange eligible = change("eligible", "eligible", null);
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        assertThat(notes.of(eligible)).isEqualTo("要件確認：すべての要件を満たしています。");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(notes.of(eligible)).isEqualTo("Eligible: all rules passed.");
    }

    @Test
    void wordsEachIneligibilityReasonAndTheReviewFigures() {
        StatusChange ineligible = change("AMOUNT_OVER_CAP, REQUIRED_FIELDS_MISSING", "ineligible",
                "AMOUNT_OVER_CAP" + SEPARATOR + "REQUIRED_FIELDS_MISSING");
        StatusChange reviewed = change("3 reviews, weighted mean 3.40, spread 0.60", "reviews-complete",
                "3" + SEPARATOR + "3.40" + SEPARATOR + "0.60");
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        assertThat(notes.of(ineligible)).isEqualTo("要件を満たしていません：申請額が公募の上限を超えています、必須項目が未入力です。");
        assertThat(notes.of(reviewed)).isEqualTo("審査3件、加重平均 3.40、ばらつき 0.60。");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(notes.of(ineligible))
                .isEqualTo("Not eligible: the amount is over the call's cap, required fields are missing.");
    }

    @Test
    void showsFreeTextAndNotesWrittenBeforeCodesAsStored() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        assertThat(notes.of(change("Strong regional impact.", null, null))).isEqualTo("Strong regional impact.");
        assertThat(notes.of(change("resubmission back to review", null, null))).isEqualTo("resubmission back to review");
        assertThat(notes.of(change(null, null, null))).isNull();
    }

    @Test
    void fallsBackToTheStoredNoteForAnUnknownCode() {
        LocaleContextHolder.setLocale(Locale.JAPANESE);
        assertThat(notes.of(change("something new", "not-in-the-bundles", null))).isEqualTo("something new");
    }

    private static StatusChange change(String note, String code, String arguments) {
        return new StatusChange(ApplicationStatus.UNDER_REVIEW, AT, "system", note, code, arguments);
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
