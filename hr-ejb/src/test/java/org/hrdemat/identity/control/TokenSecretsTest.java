package org.hrdemat.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretsTest {

    @Test
    void secretsAreRecognisableWellFormedAndNeverTheSame() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String s = TokenSecrets.create();
            assertTrue(s.startsWith("hrd_"), s);
            assertEquals(TokenSecrets.LENGTH, s.length());
            assertTrue(TokenSecrets.wellFormed(s), s);
            assertTrue(seen.add(s));
        }
    }

    @Test
    void anythingElseIsNotASecret() {
        String s = TokenSecrets.create();
        assertFalse(TokenSecrets.wellFormed(null));
        assertFalse(TokenSecrets.wellFormed(""));
        assertFalse(TokenSecrets.wellFormed(s.substring(1)), "too short");
        assertFalse(TokenSecrets.wellFormed(s + "A"), "too long");
        assertFalse(TokenSecrets.wellFormed("xyz_" + s.substring(4)), "another prefix");
        assertFalse(TokenSecrets.wellFormed(s.substring(0, 10) + "+" + s.substring(11)), "not base64url");
        assertFalse(TokenSecrets.wellFormed(s.substring(0, 10) + "é" + s.substring(11)));
    }

    @Test
    void theDigestIsTheSha256OfTheSecretAndTheHintItsStart() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", TokenSecrets.digest(""));
        String s = TokenSecrets.create();
        assertEquals(64, TokenSecrets.digest(s).length());
        assertFalse(TokenSecrets.digest(s).contains(s.substring(4, 20)));
        assertNotEquals(TokenSecrets.digest(s), TokenSecrets.digest(TokenSecrets.create()));
        assertEquals(s.substring(0, 10), TokenSecrets.hint(s));
    }
}
