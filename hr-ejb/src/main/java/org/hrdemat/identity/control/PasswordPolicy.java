package org.hrdemat.identity.control;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must satisfy: 12 to 256 characters, not the login nor containing it, not one of the 30,000
 * most common passwords (the list zxcvbn ships, MIT licence), and not guessable by zxcvbn's estimator in fewer than
 * 10^10 guesses (score 3 of 4: no keyboard walk, repetition, date or dictionary word with a few digits). No rule on
 * the kinds of characters: a long passphrase is a good password.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    /** zxcvbn's score below which a password is refused (3: about 10^10 guesses). */
    public static final int MIN_SCORE = 3;
    /** zxcvbn's cost grows with the length: what it looks at of a long password. */
    private static final int MEASURED = 64;
    private static final Set<String> COMMON = load();
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    private PasswordPolicy() {
    }

    /** Returns the message key of the first unmet rule, or null when the password is acceptable. */
    public static String check(String login, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "password.tooShort";
        }
        if (password.length() > MAX_LENGTH) {
            return "password.tooLong";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String l = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        if (!l.isEmpty() && (lower.equals(l) || (l.length() >= 3 && lower.contains(l)))) {
            return "password.sameAsLogin";
        }
        if (COMMON.contains(lower)) {
            return "password.common";
        }
        String measured = password.length() > MEASURED ? password.substring(0, MEASURED) : password;
        List<String> known = l.isEmpty() ? List.of("rh", "demat", "mairie") : List.of(l, "rh", "demat", "mairie");
        if (ESTIMATOR.measure(measured, known).getScore() < MIN_SCORE) {
            return "password.common";
        }
        return null;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(40_000);
        try (InputStream in = Zxcvbn.class.getResourceAsStream("matchers/dictionaries/passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("zxcvbn's password list is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    words.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    static int commonCount() {
        return COMMON.size();
    }
}
