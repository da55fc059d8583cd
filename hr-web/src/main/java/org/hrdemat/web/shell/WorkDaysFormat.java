package org.hrdemat.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.stream.Collectors;

/** Shows a work pattern in the page's language, e.g. "lun. mar. jeu. ven. (80 %)". */
@Named
@ApplicationScoped
public class WorkDaysFormat {

    public String format(Collection<DayOfWeek> days, int quotite) {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return days.stream().sorted().map(d -> d.getDisplayName(TextStyle.SHORT, locale))
                .collect(Collectors.joining(" ")) + " (" + quotite + " %)";
    }

    /** As an editable text: "lun,mar,jeu,ven". */
    public String asText(Collection<DayOfWeek> days) {
        return days.stream().sorted().map(d -> String.valueOf(d.getValue())).collect(Collectors.joining(","));
    }
}
