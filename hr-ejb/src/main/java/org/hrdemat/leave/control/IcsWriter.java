package org.hrdemat.leave.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes an iCalendar (RFC 5545) document of all-day events (VALUE=DATE, end date exclusive). */
public final class IcsWriter {

    /** One all-day event spanning {@code first} to {@code last} inclusive. */
    public record Event(String uid, LocalDate first, LocalDate last, String summary) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private IcsWriter() {
    }

    public static String write(String calendarName, List<Event> events, Instant now) {
        StringBuilder sb = new StringBuilder();
        line(sb, "BEGIN:VCALENDAR");
        line(sb, "VERSION:2.0");
        line(sb, "PRODID:-//HR Demat//Leave//FR");
        line(sb, "CALSCALE:GREGORIAN");
        line(sb, "METHOD:PUBLISH");
        line(sb, "X-WR-CALNAME:" + escape(calendarName));
        for (Event e : events) {
            line(sb, "BEGIN:VEVENT");
            line(sb, "UID:" + e.uid());
            line(sb, "DTSTAMP:" + STAMP.format(now));
            line(sb, "DTSTART;VALUE=DATE:" + DATE.format(e.first()));
            line(sb, "DTEND;VALUE=DATE:" + DATE.format(e.last().plusDays(1)));
            line(sb, "SUMMARY:" + escape(e.summary()));
            line(sb, "TRANSP:TRANSPARENT");
            line(sb, "END:VEVENT");
        }
        line(sb, "END:VCALENDAR");
        return sb.toString();
    }

    /**
     * Text values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11): CR LF, a bare LF and a bare
     * CR each become one escaped newline; other control characters, which a text value may not hold, are dropped.
     */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\\n")
                .replaceAll("[\\p{Cntrl}&&[^\\t]]", "");
    }

    /** Lines end in CRLF and are folded at 75 octets (RFC 5545 §3.1). */
    private static void line(StringBuilder sb, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            sb.append(content).append("\r\n");
            return;
        }
        StringBuilder current = new StringBuilder();
        int octets = 0;
        boolean first = true;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int len = ch.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            int limit = first ? 75 : 74;
            if (octets + len > limit) {
                sb.append(first ? "" : " ").append(current).append("\r\n");
                current.setLength(0);
                octets = 0;
                first = false;
            }
            current.append(ch);
            octets += len;
            i += Character.charCount(cp);
        }
        sb.append(first ? "" : " ").append(current).append("\r\n");
    }
}
