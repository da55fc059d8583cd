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
        s.newCode(OneTimeCodes.hash(code), T0.plus(Duration.ofMinutes(10)), "luc@example.org", T0);
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
        s.newCode(OneTimeCodes.hash("654321"), T0.plus(Duration.ofMinutes(10)), "luc@example.org", T0);
        assertEquals(5, s.getCodeTriesLeft());
        assertEquals(SignatureStep.CodeCheck.OK, s.check("654321", T0));
    }

    @Test
    void threeCodesAnHourAndTenWrongCodesInAll() {
        SignatureStep s = withCode("111111"); // the first code of the hour
        assertEquals(null, s.codeRefusal(T0));
        s.newCode(OneTimeCodes.hash("222222"), T0.plus(Duration.ofMinutes(10)), "luc@example.org", T0);
        s.newCode(OneTimeCodes.hash("333333"), T0.plus(Duration.ofMinutes(10)), "luc@example.org", T0);
        assertEquals("signature.tooManyCodes", s.codeRefusal(T0.plus(Duration.ofMinutes(59))));
        assertEquals(T0.plus(Duration.ofHours(1)), s.nextCodeAt());
        assertEquals(null, s.codeRefusal(T0.plus(Duration.ofHours(1))), "a new hour");
        Instant later = T0.plus(Duration.ofHours(1));
        for (int code = 0; code < 2; code++) {
            s.newCode(OneTimeCodes.hash("444444"), later.plus(Duration.ofMinutes(10)), "luc@example.org", later);
            for (int i = 0; i < SignatureStep.CODE_TRIES; i++) {
                assertEquals(SignatureStep.CodeCheck.WRONG, s.check("000000", later));
            }
        }
        assertEquals("signature.tooManyWrongCodes", s.codeRefusal(later.plus(Duration.ofHours(5))),
                "ten wrong codes: no code ever again for this step");
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
