package jp.mebuki.web.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting for the templates ({@code ${@fmt.dateTime(x)}}): instants in Japan time, amounts in yen
 * with separators, durations in days, in the language of the request.
 */
@Component("fmt")
public class UiFormats {

    /** Every date on the pages is Japan time, wherever the server or the browser is. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final MessageSource messages;

    UiFormats(MessageSource messages) {
        this.messages = messages;
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(JAPAN).format(instant) + " " + messages.getMessage("format.timezone", null, locale);
    }

    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(LocaleContextHolder.getLocale())
                .withZone(JAPAN).format(instant);
    }

    /** A calendar date (e.g. the day a check-in was held), in the language of the request. */
    public String localDate(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(LocaleContextHolder.getLocale())
                .format(date);
    }

    /** ISO date-time for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    public String yen(Long amount) {
        if (amount == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        String digits = NumberFormat.getIntegerInstance(locale).format(amount);
        return messages.getMessage("format.yen", new Object[] {digits}, locale);
    }

    public String number(Number value) {
        return value == null ? "" : NumberFormat.getInstance(LocaleContextHolder.getLocale()).format(value);
    }

    public String score(BigDecimal value) {
        return value == null ? "–" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public String percent(Double ratio) {
        if (ratio == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(ratio);
    }

    public String days(Duration duration) {
        if (duration == null) {
            return "–";
        }
        double days = duration.toMinutes() / (60.0 * 24);
        NumberFormat format = NumberFormat.getInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(1);
        return messages.getMessage("format.days", new Object[] {format.format(days)},
                LocaleContextHolder.getLocale());
    }

    /** The Japanese or English one of two names, for reference data kept in both. */
    public String name(String nameEn, String nameJa) {
        return "ja".equals(LocaleContextHolder.getLocale().getLanguage()) && nameJa != null ? nameJa : nameEn;
    }
}
