package org.hrdemat.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void anAsciiNameStaysReadable() {
        assertEquals("attachment; filename=\"bulletin-2026-11-A001.pdf\"; filename*=UTF-8''bulletin-2026-11-A001.pdf",
                Downloads.disposition(false, "bulletin-2026-11-A001.pdf"));
    }

    @Test
    void accentsQuotesAndLineBreaksCannotBreakTheHeader() {
        String d = Downloads.disposition(true, "Arrêté \"n°3\"\r\nSet-Cookie: x=1.pdf");
        assertEquals("inline; filename=\"Arr_t_ _n_3___Set-Cookie: x=1.pdf\"; "
                + "filename*=UTF-8''Arr%C3%AAt%C3%A9%20%22n%C2%B03%22Set-Cookie%3A%20x%3D1.pdf", d);
        assertFalse(d.contains("\r") || d.contains("\n"));
        assertEquals("attachment; filename=\"document\"; filename*=UTF-8''document", Downloads.disposition(false, " "));
        assertEquals("attachment; filename=\"_.pdf\"; filename*=UTF-8''%F0%9F%98%80.pdf",
                Downloads.disposition(false, "\uD83D\uDE00.pdf"));
    }
}
