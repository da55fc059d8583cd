package org.hrdemat.document.control;

import com.itextpdf.io.font.FontProgram;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The free fonts that can stand in for the standard PDF fonts, glyph for glyph with the same widths: Liberation Sans
 * for Helvetica (and Arial), Liberation Serif for Times, Liberation Mono for Courier (SIL Open Font License).
 * Symbol and ZapfDingbats have none here. Each font file is read once, and its subsets are kept.
 */
public final class StandardFontSubstitutes {

    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("Helvetica", "LiberationSans-Regular.ttf"),
            Map.entry("Helvetica-Bold", "LiberationSans-Bold.ttf"),
            Map.entry("Helvetica-Oblique", "LiberationSans-Italic.ttf"),
            Map.entry("Helvetica-BoldOblique", "LiberationSans-BoldItalic.ttf"),
            Map.entry("Arial", "LiberationSans-Regular.ttf"),
            Map.entry("Arial,Bold", "LiberationSans-Bold.ttf"),
            Map.entry("Arial,Italic", "LiberationSans-Italic.ttf"),
            Map.entry("Arial,BoldItalic", "LiberationSans-BoldItalic.ttf"),
            Map.entry("ArialMT", "LiberationSans-Regular.ttf"),
            Map.entry("Arial-BoldMT", "LiberationSans-Bold.ttf"),
            Map.entry("Arial-ItalicMT", "LiberationSans-Italic.ttf"),
            Map.entry("Arial-BoldItalicMT", "LiberationSans-BoldItalic.ttf"),
            Map.entry("Times-Roman", "LiberationSerif-Regular.ttf"),
            Map.entry("Times-Bold", "LiberationSerif-Bold.ttf"),
            Map.entry("Times-Italic", "LiberationSerif-Italic.ttf"),
            Map.entry("Times-BoldItalic", "LiberationSerif-BoldItalic.ttf"),
            Map.entry("Courier", "LiberationMono-Regular.ttf"),
            Map.entry("Courier-Bold", "LiberationMono-Bold.ttf"),
            Map.entry("Courier-Oblique", "LiberationMono-Italic.ttf"),
            Map.entry("Courier-BoldOblique", "LiberationMono-BoldItalic.ttf"));

    private static final Map<String, FontProgram> PROGRAMS = new java.util.concurrent.ConcurrentHashMap<>();

    private StandardFontSubstitutes() {
    }

    /** Whether a substitute exists for this base font name (a subset prefix "ABCDEF+" is ignored). */
    public static boolean has(String baseFont) {
        return FILES.containsKey(strip(baseFont));
    }

    /** The substitute's font program, or null when there is none. */
    public static FontProgram program(String baseFont) {
        String file = FILES.get(strip(baseFont));
        if (file == null) {
            return null;
        }
        return PROGRAMS.computeIfAbsent(file, StandardFontSubstitutes::read);
    }

    private static String strip(String name) {
        return name != null && name.length() > 7 && name.charAt(6) == '+' ? name.substring(7) : name;
    }

    private static FontProgram read(String file) {
        try (InputStream in = StandardFontSubstitutes.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing: " + file);
            }
            return new SubsetCachingFont(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
