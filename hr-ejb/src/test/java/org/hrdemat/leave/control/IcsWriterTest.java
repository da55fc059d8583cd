package org.hrdemat.leave.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsWriterTest {

    @Test
    void allDayEventsUseDateValuesWithAnExclusiveEnd() {
        String ics = IcsWriter.write("Congés", List.of(new IcsWriter.Event("leave-1@hr", LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 5), "Congés annuels")), Instant.parse("2027-01-01T10:00:00Z"));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20270301\r\n"));
        assertTrue(ics.contains("DTEND;VALUE=DATE:20270306\r\n"));
        assertTrue(ics.contains("DTSTAMP:20270101T100000Z\r\n"));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    }

    @Test
    void textIsEscapedAndLongLinesAreFoldedAt75Octets() {
        String summary = "Jean Dupont — Congés annuels, à partir de l'après-midi; une très longue description qui dépasse";
        String ics = IcsWriter.write("x", List.of(new IcsWriter.Event("u", LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 1, 4), summary)), Instant.EPOCH);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:Jean Dupont — Congés annuels\\, à partir de l'après-midi\\; une"), unfolded);
        assertEquals(1, unfolded.split("SUMMARY:").length - 1);
    }

    @Test
    void bareCarriageReturnsAndControlCharactersCannotStartALine() {
        assertEquals("a\\nb\\nc\\nd", IcsWriter.escape("a\r\nb\rc\nd"));
        assertEquals("xy", IcsWriter.escape("x\u0000\u001by"));
        String ics = IcsWriter.write("x", List.of(new IcsWriter.Event("u", LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 1, 4), "Congés\rBEGIN:VEVENT")), Instant.parse("2027-01-01T10:00:00Z"));
        assertEquals(1, java.util.Arrays.stream(ics.replace("\r\n ", "").split("\r\n"))
                .filter(l -> l.startsWith("BEGIN:VEVENT")).count(), "no event injected: " + ics);
        assertTrue(ics.replace("\r\n", "").indexOf('\r') < 0, "no bare CR");
    }
}
