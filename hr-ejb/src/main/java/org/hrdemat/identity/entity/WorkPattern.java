package org.hrdemat.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The weekly pattern of an agent: which days are worked, and the quotité (working time as a percentage). */
@Embeddable
public class WorkPattern {

    /** Worked days as ISO day numbers, e.g. "1,2,4,5" for Monday, Tuesday, Thursday, Friday. */
    @jakarta.validation.constraints.Size(max = 20)
    @Column(name = "work_days", nullable = false, length = 20)
    private String workDays;

    /** Quotité in percent of full time (50 to 100). */
    @Column(name = "quotite", nullable = false)
    private int quotite;

    protected WorkPattern() {
    }

    public WorkPattern(Set<DayOfWeek> days, int quotite) {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("workDays");
        }
        if (quotite < 10 || quotite > 100) {
            throw new IllegalArgumentException("quotite");
        }
        this.workDays = EnumSet.copyOf(days).stream()
                .map(d -> String.valueOf(d.getValue())).collect(Collectors.joining(","));
        this.quotite = quotite;
    }

    /** Full time, Monday to Friday. */
    public static WorkPattern fullTime() {
        return new WorkPattern(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 100);
    }

    /**
     * Parses days written as "lun,mar,jeu,ven", "MON TUE", "1,2,4,5" or a French/English mix.
     * Unknown tokens are refused.
     */
    public static Set<DayOfWeek> parseDays(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("workDays");
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String token : text.trim().split("[\\s,;/]+")) {
            days.add(parseDay(token));
        }
        return days;
    }

    private static DayOfWeek parseDay(String token) {
        String t = token.trim().toLowerCase(Locale.ROOT);
        if (t.matches("[1-7]")) {
            return DayOfWeek.of(Integer.parseInt(t));
        }
        String[][] names = {
            {"lun", "mon"}, {"mar", "tue"}, {"mer", "wed"}, {"jeu", "thu"}, {"ven", "fri"}, {"sam", "sat"}, {"dim", "sun"}
        };
        for (int i = 0; i < names.length; i++) {
            for (String prefix : names[i]) {
                if (t.startsWith(prefix)) {
                    return DayOfWeek.of(i + 1);
                }
            }
        }
        throw new IllegalArgumentException("workDays");
    }

    public Set<DayOfWeek> days() {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(workDays.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .forEach(s -> days.add(DayOfWeek.of(Integer.parseInt(s))));
        return days;
    }

    public boolean isWorked(DayOfWeek day) {
        return days().contains(day);
    }

    public int daysPerWeek() {
        return days().size();
    }

    public int getQuotite() {
        return quotite;
    }

    public String getWorkDays() {
        return workDays;
    }

    /** Short display, e.g. "lun. mar. jeu. ven. (80 %)". */
    public String describe(Locale locale) {
        return days().stream()
                .map(d -> d.getDisplayName(java.time.format.TextStyle.SHORT, locale))
                .collect(Collectors.joining(" ")) + " (" + quotite + " %)";
    }
}
