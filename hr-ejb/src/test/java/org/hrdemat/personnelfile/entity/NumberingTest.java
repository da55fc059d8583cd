package org.hrdemat.personnelfile.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.hrdemat.shared.ConflictException;
import org.junit.jupiter.api.Test;

class NumberingTest {

    private static final FileDocumentType TYPE = new FileDocumentType(new FileSection(2, "Carrière", false), "CONTRAT",
            "Contrat", RetentionAnchor.AGE, 80, FinalAction.ARCHIVE);

    @Test
    void numbersFollowEachOtherWithoutGaps() {
        PersonnelFile file = new PersonnelFile(1L, 1L, Instant.now());
        for (int i = 1; i <= 5; i++) {
            assertEquals(i, file.nextNumber());
        }
        assertEquals(5, file.getLastNumber());
    }

    @Test
    void aClosedFileHandsOutNoNumberAndReopens() {
        PersonnelFile file = new PersonnelFile(1L, 1L, Instant.now());
        file.nextNumber();
        file.close(LocalDate.of(2026, 6, 30));
        assertEquals("file.closed", assertThrows(ConflictException.class, file::nextNumber).getMessageKey());
        assertEquals(1, file.getLastNumber());
        file.reopen();
        assertEquals(2, file.nextNumber());
    }

    @Test
    void versionsCountFromOneAndStopOnceWithdrawn() {
        FileDocument d = new FileDocument(1L, 1, TYPE, "Contrat", null, LocalDate.now(), DocumentOrigin.NATIVE,
                "rh", Instant.now());
        assertEquals(1, d.nextVersion());
        assertEquals(2, d.nextVersion());
        d.withdraw("erreur de dossier", "rh", Instant.now());
        assertEquals(DocumentStatus.WITHDRAWN, d.getStatus());
        assertEquals("erreur de dossier", d.getWithdrawnReason());
        assertThrows(ConflictException.class, d::nextVersion);
        assertThrows(ConflictException.class, () -> d.withdraw("again", "rh", Instant.now()));
    }

    @Test
    void onlyADueDocumentCanBeArchivedOrDestroyed() {
        FileDocument d = new FileDocument(1L, 1, TYPE, "Contrat", null, LocalDate.now(), DocumentOrigin.NATIVE,
                "rh", Instant.now());
        assertEquals("file.notDue", assertThrows(ConflictException.class, () -> d.decide(FinalAction.DESTROY, 1L)).getMessageKey());
        d.markReviewDue();
        d.decide(FinalAction.ARCHIVE, 7L);
        assertEquals(DocumentStatus.ARCHIVED, d.getStatus());
        assertEquals(7L, d.getDecisionId());
    }
}
