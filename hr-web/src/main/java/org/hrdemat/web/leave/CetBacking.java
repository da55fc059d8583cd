package org.hrdemat.web.leave;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hrdemat.leave.boundary.TimeSavingsAccounts;
import org.hrdemat.shared.BusinessException;
import org.hrdemat.shared.ConflictException;
import org.hrdemat.shared.InvalidInputException;
import org.hrdemat.web.shell.Pages;

/** The agent's CET on the leave page: open it, save days into it, read the yearly statement. */
@Named
@ViewScoped
public class CetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient TimeSavingsAccounts accounts;

    private int year;
    private TimeSavingsAccounts.Statement statement;
    private String from = "RTT";
    private BigDecimal days;

    @PostConstruct
    void load() {
        year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
        try {
            statement = accounts.statement(year);
        } catch (ConflictException e) {
            statement = null; // no account yet: the page offers to open one
        }
    }

    public void open() {
        try {
            statement = accounts.open();
        } catch (BusinessException e) {
            Pages.error(e, null);
        }
    }

    public void feed() {
        try {
            if (days == null || days.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
                throw new InvalidInputException("cet.amount");
            }
            statement = accounts.feed(from, year, days.multiply(BigDecimal.valueOf(2)).intValue());
            days = null;
            Pages.info("cet.saved");
        } catch (BusinessException e) {
            Pages.error(e, null);
        }
    }

    public String getYearText() {
        return String.valueOf(year);
    }

    public TimeSavingsAccounts.Statement getStatement() {
        return statement;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public BigDecimal getDays() {
        return days;
    }

    public void setDays(BigDecimal days) {
        this.days = days;
    }
}
