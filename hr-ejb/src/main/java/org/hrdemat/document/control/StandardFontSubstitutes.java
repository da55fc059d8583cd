package org.hrdemat.document.control;

import com.itextpdf.io.font.FontProgram;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The free fonts that can stand in for the standard PDF fonts, glyph for glyph with the same widths: Liberation Sans
 * for Helvetica (and Arial), Liberation Serif for Times, Liberation Mono for Courier (SIL Open Font License), and
 * for the two symbolic fonts, Symbol and ZapfDingbats, URW++'s Standard Symbols PS and D050000L (Type 1, AGPL with
 * the font exception), whose built-in encodings give each code the glyph and the width Adobe's fonts give it. Each
 * font file is read once, and the TrueType subsets are kept.
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

    /** The symbolic fonts: Type 1 programs (AFM metrics and PFB font file) drawn through their own encoding. */
    private static final Map<String, String> SYMBOLIC = Map.of(
            "Symbol", "StandardSymbolsPS",
            "ZapfDingbats", "D050000L");

    private static final Map<String, FontProgram> PROGRAMS = new java.util.concurrent.ConcurrentHashMap<>();

    private StandardFontSubstitutes() {
    }

    /** Whether a substitute exists for this base font name (a subset prefix "ABCDEF+" is ignored). */
    public static boolean has(String baseFont) {
        return FILES.containsKey(strip(baseFont)) || symbolic(baseFont);
    }

    /** Whether this base font is Symbol or ZapfDingbats: its substitute is a whole Type 1 font with its own encoding. */
    public static boolean symbolic(String baseFont) {
        return SYMBOLIC.containsKey(strip(baseFont));
    }

    /** The substitute's font program, or null when there is none. */
    public static FontProgram program(String baseFont) {
        String type1 = SYMBOLIC.get(strip(baseFont));
        if (type1 != null) {
            return PROGRAMS.computeIfAbsent(type1, StandardFontSubstitutes::readType1);
        }
        String file = FILES.get(strip(baseFont));
        if (file == null) {
            return null;
        }
        return PROGRAMS.computeIfAbsent(file, StandardFontSubstitutes::read);
    }

    /**
     * For Symbol and ZapfDingbats, the character each code of the font's built-in encoding draws (Symbol's glyph
     * names are the Adobe glyph list's; ZapfDingbats' a1, a2... are Adobe's Zapf Dingbats list's): the ToUnicode of
     * the substitute, so that readers give the same text whatever name the embedded font has. Null for others.
     */
    public static Map<Integer, Integer> unicodes(String baseFont) {
        String type1 = SYMBOLIC.get(strip(baseFont));
        if (type1 == null) {
            return null;
        }
        return UNICODES.computeIfAbsent(type1, name -> {
            Map<Integer, Integer> codes = new java.util.TreeMap<>();
            FontProgram program = program(baseFont);
            if (name.equals("D050000L")) {
                try (InputStream in = resource("/org/hrdemat/document/fonts/D050000L.unicode")) {
                    for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII)
                            .split("\n")) {
                        String[] f = line.split(" ");
                        if (f.length == 3 && !line.startsWith("#")) {
                            codes.put(Integer.parseInt(f[0]), Integer.parseInt(f[2], 16));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                for (int code = 0; code < 256; code++) {
                    com.itextpdf.io.font.otf.Glyph g = program.getGlyphByCode(code);
                    if (g != null && g.getUnicode() > 0) {
                        codes.put(code, g.getUnicode());
                    }
                }
            }
            return java.util.Collections.unmodifiableMap(codes);
        });
    }

    private static final Map<String, Map<Integer, Integer>> UNICODES = new java.util.concurrent.ConcurrentHashMap<>();

    private static FontProgram readType1(String name) {
        try (InputStream afm = resource("/org/hrdemat/document/fonts/" + name + ".afm");
             InputStream pfb = resource("/org/hrdemat/document/fonts/" + name + ".pfb")) {
            return com.itextpdf.io.font.FontProgramFactory.createType1Font(afm.readAllBytes(), pfb.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = StandardFontSubstitutes.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("font missing: " + path);
        }
        return in;
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
