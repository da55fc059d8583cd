package org.hrdemat.personnelfile.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.hrdemat.personnelfile.entity.RetentionAnchor;
import org.junit.jupiter.api.Test;

class RetentionRuleTest {

    private static final LocalDate DOC = LocalDate.of(2020, 2, 29);
    private static final LocalDate BIRTH = LocalDate.of(1975, 6, 15);

    @Test
    void countsFromTheDocumentDate() {
        assertEquals(LocalDate.of(2025, 2, 28), RetentionRule.dueOn(RetentionAnchor.DOCUMENT_DATE, 5, DOC, BIRTH, null));
        assertEquals(LocalDate.of(2023, 2, 28), RetentionRule.dueOn(RetentionAnchor.DOCUMENT_DATE, 3, DOC, null, null));
    }

    @Test
    void untilTheAgentsAge() {
        assertEquals(LocalDate.of(2055, 6, 15), RetentionRule.dueOn(RetentionAnchor.AGE, 80, DOC, BIRTH, null));
        assertNull(RetentionRule.dueOn(RetentionAnchor.AGE, 80, DOC, null, null));
    }

    @Test
    void afterDepartureOnlyOnceTheAgentLeft() {
        assertNull(RetentionRule.dueOn(RetentionAnchor.DEPARTURE, 5, DOC, BIRTH, null));
        assertEquals(LocalDate.of(2031, 9, 1),
                RetentionRule.dueOn(RetentionAnchor.DEPARTURE, 5, DOC, BIRTH, LocalDate.of(2026, 9, 1)));
    }

    @Test
    void refusesNegativeYears() {
        assertThrows(IllegalArgumentException.class, () -> RetentionRule.dueOn(RetentionAnchor.AGE, -1, DOC, BIRTH, null));
    }
}
