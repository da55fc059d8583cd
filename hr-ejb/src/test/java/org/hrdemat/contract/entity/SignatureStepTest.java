package org.hrdemat.contract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.hrdemat.contract.control.Deadlines;
import org.hrdemat.contract.control.OneTimeCodes;
import org.junit.jupiter.api.Test;

class SignatureStepTest {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    private static SignatureStep withCode(String code) {
        SignatureStep s = new SignatureStep(1L, 1, 1L, "Luc Bernard", "SIGNATORY");
        s.activate();
        s.newCode(OneTimeCodes.hash(code), T0.plus(Duration.ofMinutes(10)), "luc@example.org");
        return s;
    }

    @Test
    void aRightCodeWorksOnceWithinTenMinutes() {
        SignatureStep s = withCode("123456");
        assertEquals(SignatureStep.CodeCheck.OK, s.check("123456", T0.plus(Duration.ofMinutes(9))));
        assertEquals(SignatureStep.CodeCheck.NONE, s.check("123456", T0.plus(Duration.ofMinutes(9))), "used up");
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        SignatureStep s = withCode("123456");
        assertEquals(SignatureStep.CodeCheck.EXPIRED, s.check("123456", T0.plus(Duration.ofMinutes(10))));
        assertEquals(SignatureStep.CodeCheck.EXPIRED, s.check("123456", T0.plus(Duration.ofHours(1))));
    }

    @Test
    void fiveWrongTriesBurnTheCodeAndANewCodeStartsAgain() {
        SignatureStep s = withCode("123456");
        for (int left = 4; left >= 0; left--) {
            assertEquals(SignatureStep.CodeCheck.WRONG, s.check("000000", T0));
            assertEquals(left, s.getCodeTriesLeft());
        }
        assertEquals(SignatureStep.CodeCheck.NONE, s.check("123456", T0), "burnt: even the right code is refused");
        s.newCode(OneTimeCodes.hash("654321"), T0.plus(Duration.ofMinutes(10)), "luc@example.org");
        assertEquals(5, s.getCodeTriesLeft());
        assertEquals(SignatureStep.CodeCheck.OK, s.check("654321", T0));
    }

    @Test
    void codesAreSixDigitsKeptOnlyAsSaltedHashes() {
        String code = OneTimeCodes.draw();
        assertTrue(code.matches("\\d{6}"), code);
        String h1 = OneTimeCodes.hash(code);
        assertNotEquals(h1, OneTimeCodes.hash(code), "salted");
        assertTrue(!h1.contains(code) && OneTimeCodes.matches(h1, code) && !OneTimeCodes.matches(h1, "x" + code));
        assertEquals("j***@demoville.example", OneTimeCodes.mask("jean.dupont@demoville.example"));
    }

    @Test
    void remindersInTheLastDaysThenExpiryAfterTheDeadline() {
        LocalDate deadline = LocalDate.of(2026, 12, 10);
        assertEquals(Deadlines.Action.NONE, Deadlines.decide(deadline, LocalDate.of(2026, 12, 7), null));
        assertEquals(Deadlines.Action.REMIND, Deadlines.decide(deadline, LocalDate.of(2026, 12, 8), null));
        assertEquals(Deadlines.Action.NONE, Deadlines.decide(deadline, LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 8)),
                "once a day");
        assertEquals(Deadlines.Action.REMIND, Deadlines.decide(deadline, deadline, LocalDate.of(2026, 12, 9)));
        assertEquals(Deadlines.Action.EXPIRE, Deadlines.decide(deadline, LocalDate.of(2026, 12, 11), deadline));
        assertEquals(Deadlines.Action.NONE, Deadlines.decide(null, LocalDate.of(2030, 1, 1), null));
    }
}
