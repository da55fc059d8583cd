package org.hrdemat.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.web.i18n.Texts;

/** Puts messages on a page in the user's language; an "invalid.field" refusal is shown next to that field. */
public final class Pages {

    private Pages() {
    }

    public static void info(String key, Object... args) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Texts.get(ctx.getViewRoot().getLocale(), key, args), null));
    }

    /** An information message that survives the redirect that follows (post-redirect-get). */
    public static void flash(String key, Object... args) {
        info(key, args);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void error(String key, Object... args) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Texts.get(ctx.getViewRoot().getLocale(), key, args), null));
    }

    /** Shows a business refusal; when it names a field of the form, the message also sits next to that field. */
    public static void error(BusinessException e, String formId) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        String text = Texts.of(ctx.getViewRoot().getLocale(), e);
        String key = e.getMessageKey();
        if (formId != null && key.startsWith("invalid.")) {
            String clientId = formId + ":" + key.substring("invalid.".length());
            if (ctx.getViewRoot().findComponent(":" + clientId) != null) {
                ctx.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            }
        }
        ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        ctx.validationFailed();
    }
}
