package org.hrdemat.web.leave;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.hrdemat.leave.boundary.CalendarFeeds;
import org.hrdemat.leave.entity.CalendarFeed;

/** The agent's (and manager's team) private calendar subscription URLs. */
@Named
@ViewScoped
public class FeedsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CalendarFeeds feeds;

    private CalendarFeeds.Tokens tokens;

    public CalendarFeeds.Tokens getTokens() {
        if (tokens == null) {
            tokens = feeds.mine();
        }
        return tokens;
    }

    public String url(String token) {
        if (token == null) {
            return null;
        }
        HttpServletRequest req = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String base = req.getScheme() + "://" + req.getServerName()
                + (req.getServerPort() == 80 || req.getServerPort() == 443 ? "" : ":" + req.getServerPort())
                + req.getContextPath();
        return base + "/api/v1/calendar/" + token + ".ics";
    }

    public void renewAgent() {
        tokens = feeds.regenerate(CalendarFeed.Kind.AGENT);
    }

    public void renewTeam() {
        tokens = feeds.regenerate(CalendarFeed.Kind.TEAM);
    }
}
