package org.hrdemat.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.hrdemat.web.i18n.Texts;

/** Translates a message key with one argument in the page's language (import problems). */
@Named
@ApplicationScoped
public class ImportText {

    public String of(String key, String value) {
        return Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, value);
    }
}
