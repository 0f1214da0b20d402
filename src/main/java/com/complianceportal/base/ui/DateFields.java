package com.complianceportal.base.ui;

import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.Locale;

/**
 * Date pickers that read and write dates in the user's locale (31.12.2026 in a German browser, 12/31/2026 in an
 * American one), with the locale's month and day names, and a message that shows how to type a date it cannot read.
 */
public final class DateFields {

    private DateFields() {
    }

    public static void localise(DatePicker picker, Locale locale) {
        picker.setLocale(locale);
        picker.setI18n(i18n(locale));
    }

    /** Month and day names of {@code locale}, and the message for a date that cannot be read. */
    public static DatePicker.DatePickerI18n i18n(Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DayOfWeek first = WeekFields.of(locale).getFirstDayOfWeek();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(first.getValue() % 7)
                .setToday(Texts.t(locale, "date.today"))
                .setCancel(Texts.t(locale, "date.cancel"))
                .setBadInputErrorMessage(Texts.t(locale, "date.unreadable", example(locale)));
    }

    /** How a date is typed in {@code locale}, shown with a sample date: "31.12.2026", "12/31/2026". */
    public static String example(Locale locale) {
        return pattern(locale).format(LocalDate.of(LocalDate.now().getYear(), 12, 31));
    }

    /** The locale's short date pattern with a four-digit year, as date pickers show dates. */
    static DateTimeFormatter pattern(Locale locale) {
        String shortPattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        String fullYear = shortPattern.contains("yyyy") ? shortPattern : shortPattern.replaceAll("y+", "yyyy");
        return DateTimeFormatter.ofPattern(fullYear, locale);
    }
}
