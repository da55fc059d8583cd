package org.hrdemat.leave.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.hrdemat.identity.entity.HolidayCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PublicHolidaysTest {

    /** Easter Monday, Ascension and Whit Monday as published (service-public.fr calendars). */
    @ParameterizedTest
    @CsvSource({
        "2019, 2019-04-22, 2019-05-30, 2019-06-10",
        "2024, 2024-04-01, 2024-05-09, 2024-05-20",
        "2025, 2025-04-21, 2025-05-29, 2025-06-09",
        "2026, 2026-04-06, 2026-05-14, 2026-05-25",
        "2027, 2027-03-29, 2027-05-06, 2027-05-17",
        "2038, 2038-04-26, 2038-06-03, 2038-06-14"
    })
    void easterBasedHolidaysMatchPublishedDates(int year, LocalDate easterMonday, LocalDate ascension,
                                               LocalDate whitMonday) {
        List<PublicHoliday> days = PublicHolidays.of(year, HolidayCalendar.METROPOLE);
        assertEquals(11, days.size());
        assertTrue(days.contains(new PublicHoliday(easterMonday, "Lundi de Pâques")));
        assertTrue(days.contains(new PublicHoliday(ascension, "Ascension")));
        assertTrue(days.contains(new PublicHoliday(whitMonday, "Lundi de Pentecôte")));
    }

    @Test
    void metropoleHasTheElevenNationalHolidaysSortedByDate() {
        List<PublicHoliday> days = PublicHolidays.of(2027, HolidayCalendar.METROPOLE);
        assertEquals(List.of("2027-01-01", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-08", "2027-05-17",
                "2027-07-14", "2027-08-15", "2027-11-01", "2027-11-11", "2027-12-25"),
                days.stream().map(d -> d.date().toString()).toList());
        assertEquals("Jour de l'an", days.get(0).name());
    }

    @Test
    void alsaceMoselleAddsGoodFridayAndSaintStephen() {
        List<PublicHoliday> days = PublicHolidays.of(2027, HolidayCalendar.ALSACE_MOSELLE);
        assertEquals(13, days.size());
        assertTrue(days.contains(new PublicHoliday(LocalDate.of(2027, 3, 26), "Vendredi saint")));
        assertEquals(new PublicHoliday(LocalDate.of(2027, 12, 26), "Saint-Étienne"), days.get(12));
        assertFalse(PublicHolidays.of(2027, HolidayCalendar.METROPOLE).stream()
                .anyMatch(d -> d.date().equals(LocalDate.of(2027, 3, 26))));
        assertTrue(PublicHolidays.of(2024, HolidayCalendar.ALSACE_MOSELLE).stream()
                .anyMatch(d -> d.date().equals(LocalDate.of(2024, 3, 29))));
    }
}
