package org.hrdemat.personnelfile.control;

import java.time.LocalDate;
import org.hrdemat.personnelfile.entity.RetentionAnchor;

/** When a document's active retention is over, from its type's rule and what is known of the agent. */
public final class RetentionRule {

    private RetentionRule() {
    }

    /**
     * The first day the document is due for review; null while it cannot be known (departure not yet happened, no
     * birth date recorded).
     */
    public static LocalDate dueOn(RetentionAnchor anchor, int years, LocalDate documentDate, LocalDate birthDate,
                                  LocalDate leftOn) {
        if (years < 0) {
            throw new IllegalArgumentException("years < 0");
        }
        return switch (anchor) {
            case DOCUMENT_DATE -> documentDate.plusYears(years);
            case AGE -> birthDate == null ? null : birthDate.plusYears(years);
            case DEPARTURE -> leftOn == null ? null : leftOn.plusYears(years);
        };
    }
}
