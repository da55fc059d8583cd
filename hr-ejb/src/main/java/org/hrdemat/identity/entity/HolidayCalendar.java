package org.hrdemat.identity.entity;

/** Public holiday calendar of an employer: Alsace-Moselle has Good Friday and 26 December on top of the national ones. */
public enum HolidayCalendar {
    METROPOLE("metropole"), ALSACE_MOSELLE("alsace-moselle");

    private final String code;

    HolidayCalendar(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static HolidayCalendar fromCode(String code) {
        for (HolidayCalendar c : values()) {
            if (c.code.equalsIgnoreCase(code) || c.name().equalsIgnoreCase(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown calendar: " + code);
    }
}
