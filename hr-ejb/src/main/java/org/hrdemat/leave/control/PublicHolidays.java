package org.hrdemat.leave.control;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hrdemat.identity.entity.HolidayCalendar;

/**
 * French public holidays of a year: the 11 national ones (Easter-based ones computed), plus Good Friday and
 * 26 December (Saint-Étienne) on the Alsace-Moselle calendar.
 */
public final class PublicHolidays {

    private PublicHolidays() {
    }

    public static List<PublicHoliday> of(int year, HolidayCalendar calendar) {
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("year");
        }
        LocalDate easter = easterSunday(year);
        List<PublicHoliday> days = new ArrayList<>(List.of(
                new PublicHoliday(LocalDate.of(year, Month.JANUARY, 1), "Jour de l'an"),
                new PublicHoliday(easter.plusDays(1), "Lundi de Pâques"),
                new PublicHoliday(LocalDate.of(year, Month.MAY, 1), "Fête du Travail"),
                new PublicHoliday(LocalDate.of(year, Month.MAY, 8), "Victoire 1945"),
                new PublicHoliday(easter.plusDays(39), "Ascension"),
                new PublicHoliday(easter.plusDays(50), "Lundi de Pentecôte"),
                new PublicHoliday(LocalDate.of(year, Month.JULY, 14), "Fête nationale"),
                new PublicHoliday(LocalDate.of(year, Month.AUGUST, 15), "Assomption"),
                new PublicHoliday(LocalDate.of(year, Month.NOVEMBER, 1), "Toussaint"),
                new PublicHoliday(LocalDate.of(year, Month.NOVEMBER, 11), "Armistice 1918"),
                new PublicHoliday(LocalDate.of(year, Month.DECEMBER, 25), "Noël")));
        if (calendar == HolidayCalendar.ALSACE_MOSELLE) {
            days.add(new PublicHoliday(easter.minusDays(2), "Vendredi saint"));
            days.add(new PublicHoliday(LocalDate.of(year, Month.DECEMBER, 26), "Saint-Étienne"));
        }
        Collections.sort(days);
        return List.copyOf(days);
    }

    /** The holiday dates between two dates (inclusive), across years. */
    public static Set<LocalDate> datesBetween(LocalDate from, LocalDate to, HolidayCalendar calendar) {
        Set<LocalDate> dates = new java.util.HashSet<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            dates.addAll(of(y, calendar).stream().map(PublicHoliday::date).collect(Collectors.toSet()));
        }
        return dates;
    }

    /** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
