package org.hrdemat.leave.control;

import java.time.LocalDate;

/** A public holiday: its date and French name. */
public record PublicHoliday(LocalDate date, String name) implements Comparable<PublicHoliday> {

    @Override
    public int compareTo(PublicHoliday o) {
        return date.compareTo(o.date);
    }
}
