package org.hrdemat.document.control;

/**
 * Why pages of a payroll software's PDF stayed in their original form instead of becoming PDF/A: a code that pages
 * and the API turn into a sentence in the reader's language, with the detail it names (a font, a character code).
 */
public enum KeptOriginal {
    /** A font that the PDF does not embed and for which no free equivalent exists (detail: the font). */
    FONT_NOT_EMBEDDED,
    /** A character the substitute of a standard font cannot draw as the original does (detail: font and code). */
    CHARACTER_OUTSIDE_FONT,
    /** A character whose width differs between the original font and its substitute (detail: font and character). */
    WIDTH_DIFFERS,
    /** Colours or images in CMYK, which PDF/A-3b cannot carry without an output intent of their own. */
    CMYK,
    /** A font that is not embedded, used by an annotation's appearance. */
    FONT_IN_ANNOTATION,
    /** A font chosen by a graphics state rather than by the text operators. */
    FONT_FROM_GRAPHICS_STATE,
    /** Page content that cannot be read, or forms nested too deeply. */
    UNREADABLE_CONTENT,
    /** iText's PDF/A checks refused the pages (detail: its message). */
    PDFA_REFUSED,
    /** The converted pages did not prove identical to their source: same text, same glyphs, same fonts (detail). */
    NOT_IDENTICAL;

    /** How a run records it: the code, and the detail after a colon when there is one. */
    public String note(String detail) {
        return detail == null || detail.isBlank() ? name() : name() + ":" + detail;
    }

    /** The code of a recorded note, or null when it names none of these (an older note, in words). */
    public static KeptOriginal of(String note) {
        if (note == null) {
            return null;
        }
        int colon = note.indexOf(':');
        try {
            return valueOf(colon < 0 ? note : note.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The detail of a recorded note ("" when there is none). */
    public static String detail(String note) {
        int colon = note == null ? -1 : note.indexOf(':');
        return colon < 0 ? "" : note.substring(colon + 1);
    }
}
