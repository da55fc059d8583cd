package org.hrdemat.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The texts of both languages: the same keys, and each written by the convention its file states. */
class TextsTest {

    private static Properties bundle(String suffix) throws Exception {
        Properties p = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameTexts() throws Exception {
        assertEquals(new TreeSet<>(bundle("_fr").stringPropertyNames()),
                new TreeSet<>(bundle("_en").stringPropertyNames()));
        assertEquals(new TreeSet<>(bundle("").stringPropertyNames()),
                new TreeSet<>(bundle("_fr").stringPropertyNames()));
    }

    @Test
    void plainTextsShowTheirApostrophesOnceAndPatternsFormat() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String suffix : new String[]{"", "_fr", "_en"}) {
            Properties p = bundle(suffix);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if (text.indexOf('{') < 0 && text.contains("''")) {
                    wrong.add("messages" + suffix + ": " + key + " (no argument: '' would show as written)");
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        // a pattern's apostrophes are MessageFormat's: one written '' shows once
        assertTrue(Texts.get(Locale.FRENCH, "login.throttled", 3).startsWith("Trop d'essais depuis cet appareil : "
                + "réessayez dans 3 seconde(s)."), Texts.get(Locale.FRENCH, "login.throttled", 3));
    }
}
