package org.hrdemat.identity.control;

/** What a new password must satisfy: at least 8 characters, not only letters, not the login. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    /** Returns the message key of the first unmet rule, or null when the password is acceptable. */
    public static String check(String login, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "password.tooShort";
        }
        if (password.chars().allMatch(Character::isLetter)) {
            return "password.lettersOnly";
        }
        if (login != null && password.equalsIgnoreCase(login)) {
            return "password.sameAsLogin";
        }
        return null;
    }
}
