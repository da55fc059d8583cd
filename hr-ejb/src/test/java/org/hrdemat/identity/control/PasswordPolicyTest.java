package org.hrdemat.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void shortLettersOnlyOrLoginPasswordsAreRefused() {
        assertEquals("password.tooShort", PasswordPolicy.check("agent", "abc1"));
        assertEquals("password.lettersOnly", PasswordPolicy.check("agent", "abcdefghij"));
        assertEquals("password.sameAsLogin", PasswordPolicy.check("agent2024", "AGENT2024"));
        assertNull(PasswordPolicy.check("agent", "demo1234"));
    }
}
