package org.hrdemat.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.hrdemat.web.i18n.Texts;

/** The caller's language for API messages, from Accept-Language (French by default). */
final class ApiLocale {

    private ApiLocale() {
    }

    static Locale of(HttpHeaders headers) {
        if (headers != null) {
            for (Locale l : headers.getAcceptableLanguages()) {
                if ("fr".equals(l.getLanguage()) || "en".equals(l.getLanguage())) {
                    return Texts.supported(l);
                }
            }
        }
        return Texts.FRENCH;
    }
}
