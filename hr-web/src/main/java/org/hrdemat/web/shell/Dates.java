package org.hrdemat.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Shows instants in the Europe/Paris time zone and dates the French way. */
@Named
@ApplicationScoped
public class Dates {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(PARIS);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String instant(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
