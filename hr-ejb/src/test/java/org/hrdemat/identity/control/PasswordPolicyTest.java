package org.hrdemat.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void shortLongOrLoginPasswordsAreRefused() {
        assertEquals("password.tooShort", PasswordPolicy.check("agent", "abc1"));
        assertEquals("password.tooShort", PasswordPolicy.check("agent", "12345678"));
        assertEquals("password.tooShort", PasswordPolicy.check("agent", "password1"));
        assertEquals("password.tooShort", PasswordPolicy.check("agent", "demo1234"), "the demo password too");
        assertEquals("password.tooLong", PasswordPolicy.check("agent", "x".repeat(257)));
        assertEquals("password.sameAsLogin", PasswordPolicy.check("agent2024xyz", "AGENT2024XYZ"));
        assertEquals("password.sameAsLogin", PasswordPolicy.check("jdupont", "jdupont-Chamonix-1987"));
    }

    @Test
    void commonAndGuessablePasswordsAreRefused() {
        assertTrue(PasswordPolicy.commonCount() > 25_000, "the bundled list: " + PasswordPolicy.commonCount());
        for (String weak : new String[]{"password1234", "123456789012", "qwertyuiopas", "azertyuiop12", "aaaaaaaaaaaa",
                "Password2024!", "abcdefghijkl", "iloveyou1234", "Motdepasse123"}) {
            assertEquals("password.common", PasswordPolicy.check("agent", weak), weak);
        }
    }

    @Test
    void longUnusualPasswordsAndPassphrasesAreAccepted() {
        assertNull(PasswordPolicy.check("agent", "cheval agrafe pile correcte"));
        assertNull(PasswordPolicy.check("agent", "Tz8#qLm2!vRw"));
        assertNull(PasswordPolicy.check("agent", "vélo-Brioche-Ardoise-42"));
        assertNull(PasswordPolicy.check("agent", "é".repeat(3) + "Kp7$wQ9zLx" + "x".repeat(240)), "long ones too");
    }
}
