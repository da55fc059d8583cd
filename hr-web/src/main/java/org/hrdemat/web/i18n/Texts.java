package org.hrdemat.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.hrdemat.shared.BusinessException;

/** Looks up the application's texts; French unless English is asked for. */
public final class Texts {

    public static final String BUNDLE = "org.hrdemat.web.i18n.messages";
    public static final Locale FRENCH = Locale.FRENCH;
    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

    private Texts() {
    }

    /** The supported locale closest to the one asked for: English for any English, French otherwise. */
    public static Locale supported(Locale asked) {
        return asked != null && Locale.ENGLISH.getLanguage().equals(asked.getLanguage()) ? Locale.ENGLISH : FRENCH;
    }

    public static String get(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported(locale)).getString(key);
            // a text without placeholders is shown as written (its apostrophes are not MessageFormat's quotes)
            return args == null || args.length == 0 || pattern.indexOf('{') < 0 ? pattern
                    : new MessageFormat(pattern, supported(locale)).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The sentence a user reads for a business error. */
    public static String of(Locale locale, BusinessException e) {
        return get(locale, e.getMessageKey(), e.getArguments());
    }
}
