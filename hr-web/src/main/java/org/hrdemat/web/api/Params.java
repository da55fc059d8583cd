package org.hrdemat.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.hrdemat.shared.InvalidInputException;

/** Request values read as the boundaries want them; a malformed one is refused naming the field. */
final class Params {

    private Params() {
    }

    /** An ISO date (yyyy-mm-dd), or null when absent; {@code key} names the refusal. */
    static LocalDate date(String s, String key) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(key);
        }
    }
}
