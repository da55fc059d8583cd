package org.hrdemat.document.control;

import com.itextpdf.io.font.AdobeGlyphList;
import com.itextpdf.io.font.FontEncoding;
import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.kernel.exceptions.PdfException;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PageFlushingHelper;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfResources;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.parser.util.PdfCanvasParser;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.pdfa.PdfADocument;
import com.itextpdf.pdfa.checker.PdfA3Checker;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes pages of a payroll software's PDF a PDF/A-3b document without touching their content: the page content
 * streams stay byte for byte; only fonts that were not embedded are replaced by embedded, metric-compatible
 * substitutes ({@link StandardFontSubstitutes}) that draw the same characters with the same widths. When something
 * cannot be made conforming (a non-standard font that is not embedded, an encoding or a character the substitute
 * does not have, CMYK colours), the pages stay as the original PDF and the result says why.
 */
public final class ImportedPdfA {

    /** The characters of PdfA's common set that WinAnsi has (all of them but the narrow no-break space). */
    private static final String COMMON = PdfA.COMMON_CHARACTERS.replace("\u202f", "");

    /** WinAnsi, the encoding of every substitute: the codes of other encodings are mapped onto it. */
    private static final FontEncoding WINANSI = FontEncoding.createFontEncoding(PdfEncodings.WINANSI);

    /**
     * The document to seal, whether it is PDF/A, and otherwise why it stayed the original PDF: a
     * {@link KeptOriginal} note ("CODE" or "CODE:detail").
     */
    public record Result(byte[] pdf, boolean pdfA, String keptOriginalBecause) {
    }

    /** Why pages cannot become PDF/A. */
    static final class NotConvertible extends Exception {
        NotConvertible(KeptOriginal reason, String detail) {
            super(reason.note(detail), null, false, false);
        }
    }

    /**
     * A font that needs its substitute: the base font, and the original font as iText reads it from its dictionary
     * (its encoding, base and differences, and its widths: the dictionary's or the standard font's metrics).
     */
    private record Substitution(String baseFont, com.itextpdf.kernel.font.PdfSimpleFont<?> original) {
    }

    private final PdfDocument source;
    /**
     * The source's fonts as iText reads them, by object number: reading a standard font's metrics costs more than
     * converting a page, and the pages of a payroll PDF share the same few fonts (pages are released from memory
     * once converted, so the dictionaries themselves are read again).
     */
    private final Map<Integer, PdfFont> originals = new HashMap<>();

    /** A converter for the pages of one source document (one thread). */
    public ImportedPdfA(PdfDocument source) {
        this.source = source;
    }

    /** Pages first..last (1-based, inclusive) of the source, as PDF/A when possible. */
    public static Result pages(PdfDocument source, int first, int last, String title) {
        return new ImportedPdfA(source).pages(first, last, title);
    }

    /**
     * Pages first..last (1-based, inclusive) of the source, as PDF/A when possible. The pages' objects are then
     * released from the source's memory (read again if asked again): a converter goes through thousands of pages of
     * one document, which would otherwise keep all of them.
     */
    public Result pages(int first, int last, String title) {
        try {
            return convertible(first, last, title);
        } finally {
            PageFlushingHelper release = new PageFlushingHelper(source);
            for (int i = first; i <= last; i++) {
                release.releaseDeep(i);
            }
        }
    }

    private Result convertible(int first, int last, String title) {
        try {
            Map<PdfDictionary, Substitution> substitutions = new IdentityHashMap<>();
            Map<PdfDictionary, BitSet> codes = new IdentityHashMap<>();
            ScannedContentChecker checker = new ScannedContentChecker();
            for (int i = first; i <= last; i++) {
                inspect(source.getPage(i), substitutions, codes, checker);
            }
            Map<PdfDictionary, Map<Integer, Integer>> characters = new IdentityHashMap<>();
            for (Map.Entry<PdfDictionary, Substitution> e : substitutions.entrySet()) {
                BitSet used = codes.get(e.getKey());
                if (used != null) {
                    characters.put(e.getKey(), characters(e.getValue(), used));
                }
            }
            byte[] converted = convert(source, first, last, title, substitutions, characters, checker);
            provenEqual(converted, first, last, substitutions, codes);
            return new Result(converted, true, null);
        } catch (NotConvertible e) {
            return new Result(original(source, first, last), false, e.getMessage());
        } catch (PdfException e) {
            // iText's own PDF/A checks (transparency, annotations, colour spaces...) refused the pages
            return new Result(original(source, first, last), false, KeptOriginal.PDFA_REFUSED.note(e.getMessage()));
        }
    }

    /**
     * The safety net under the conversion, run on every payslip: the converted pages, read back from their bytes,
     * must be their source pages — the same content streams and page boxes, and behind every font name of their
     * resources (forms' too) a font that is there, embedded, and, for a substitute, gives each code the source draws
     * the same character and the same width as the source font. With the same content bytes, that is the same text
     * drawn with the same glyphs, proven without reading the content a second and third time. Anything else keeps
     * the original: a payslip is never published blank or altered because a conversion went wrong in a way nobody
     * foresaw.
     */
    void provenEqual(byte[] converted, int first, int last, Map<PdfDictionary, Substitution> substitutions,
                     Map<PdfDictionary, BitSet> codes) throws NotConvertible {
        try (PdfDocument copy = new PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(
                new java.io.ByteArrayInputStream(converted)))) {
            if (copy.getNumberOfPages() != last - first + 1) {
                throw new NotConvertible(KeptOriginal.NOT_IDENTICAL, "pages");
            }
            Map<PdfDictionary, PdfFont> read = new IdentityHashMap<>();
            for (int i = 0; i <= last - first; i++) {
                PdfPage from = source.getPage(first + i);
                PdfPage to = copy.getPage(i + 1);
                String page = "page " + (i + 1) + ": ";
                if (!sameContent(from, to)) {
                    throw new NotConvertible(KeptOriginal.NOT_IDENTICAL, page + "content");
                }
                if (!from.getMediaBox().equalsWithEpsilon(to.getMediaBox())
                        || !from.getCropBox().equalsWithEpsilon(to.getCropBox()) || from.getRotation() != to.getRotation()) {
                    throw new NotConvertible(KeptOriginal.NOT_IDENTICAL, page + "page size");
                }
                List<String> problems = new ArrayList<>();
                walk(from.getResources().getPdfObject(), to.getResources().getPdfObject(),
                        (fromFonts, toFonts) -> sameFonts(fromFonts, toFonts, substitutions, codes, read, problems),
                        java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
                if (!problems.isEmpty()) {
                    throw new NotConvertible(KeptOriginal.NOT_IDENTICAL, page + problems.get(0));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            throw new NotConvertible(KeptOriginal.NOT_IDENTICAL, "unreadable conversion");
        }
    }

    /**
     * Whether two pages have the same content: the same streams as stored (the copy keeps the source's encoded
     * bytes, so no stream needs inflating), else the same bytes once decoded.
     */
    private static boolean sameContent(PdfPage from, PdfPage to) {
        int streams = from.getContentStreamCount();
        boolean stored = streams == to.getContentStreamCount();
        for (int i = 0; stored && i < streams; i++) {
            PdfStream a = from.getContentStream(i);
            PdfStream b = to.getContentStream(i);
            // filters and their parameters as written (a name, or an array of them)
            stored = String.valueOf(a.get(PdfName.Filter)).equals(String.valueOf(b.get(PdfName.Filter)))
                    && String.valueOf(a.get(PdfName.DecodeParms)).equals(String.valueOf(b.get(PdfName.DecodeParms)))
                    && java.util.Arrays.equals(a.getBytes(false), b.getBytes(false));
        }
        return stored || java.util.Arrays.equals(from.getContentBytes(), to.getContentBytes());
    }

    /** The safety net on pages first..last as the converter would see them (for tests of the net itself). */
    void provenEqual(byte[] converted, int first, int last) throws NotConvertible {
        Map<PdfDictionary, Substitution> substitutions = new IdentityHashMap<>();
        Map<PdfDictionary, BitSet> codes = new IdentityHashMap<>();
        for (int i = first; i <= last; i++) {
            inspect(source.getPage(i), substitutions, codes, new ScannedContentChecker());
        }
        provenEqual(converted, first, last, substitutions, codes);
    }

    /** Compares the fonts of one resource dictionary of the source with those of its copy; notes what differs. */
    private static void sameFonts(PdfDictionary fromFonts, PdfDictionary toFonts, Map<PdfDictionary, Substitution> substitutions,
                                  Map<PdfDictionary, BitSet> codes, Map<PdfDictionary, PdfFont> read, List<String> problems) {
        for (PdfName name : fromFonts.keySet()) {
            PdfDictionary original = fromFonts.getAsDictionary(name);
            if (original == null) {
                continue; // not a font in the source either
            }
            String font = "font " + name.getValue() + " ";
            PdfDictionary copied = toFonts == null ? null : toFonts.getAsDictionary(name);
            if (copied == null || !PdfName.Font.equals(copied.getAsName(PdfName.Type))
                    && copied.getAsName(PdfName.Subtype) == null) {
                problems.add(font + "missing");
                continue;
            }
            if (!PageText.embedded(copied)) {
                problems.add(font + "not embedded");
                continue;
            }
            Substitution sub = substitutions.get(original);
            if (sub == null) {
                // copied as it was: the same kind of font with the same name
                if (!java.util.Objects.equals(original.getAsName(PdfName.Subtype), copied.getAsName(PdfName.Subtype))
                        || !java.util.Objects.equals(original.getAsName(PdfName.BaseFont), copied.getAsName(PdfName.BaseFont))) {
                    problems.add(font + "replaced");
                }
                continue;
            }
            BitSet used = codes.get(original);
            if (used == null) {
                continue; // a font the pages name but never draw with
            }
            if (!(read.computeIfAbsent(copied, PdfFontFactory::createFont) instanceof
                    com.itextpdf.kernel.font.PdfSimpleFont<?> substitute)) {
                problems.add(font + "of another kind");
                continue;
            }
            if (StandardFontSubstitutes.symbolic(sub.baseFont()) && (copied.get(PdfName.Encoding) != null
                    || !PdfName.Type1.equals(copied.getAsName(PdfName.Subtype)))) {
                problems.add(font + "without its built-in encoding");
                continue;
            }
            // a symbolic font's codes are its own (the original reads them as they are): the substitute's ToUnicode
            // must give the characters of the glyphs its encoding draws
            Map<Integer, Integer> symbols = StandardFontSubstitutes.unicodes(sub.baseFont());
            for (int code = used.nextSetBit(0); code >= 0; code = used.nextSetBit(code + 1)) {
                Glyph drawn = substitute.getFontProgram().getGlyphByCode(code);
                Glyph meant = sub.original().getFontProgram().getGlyphByCode(code);
                int character = symbols != null ? symbols.getOrDefault(code, -1)
                        : sub.original().getFontEncoding().getUnicode(code);
                if (substitute.getFontEncoding().getUnicode(code) != character) {
                    problems.add(font + "draws another character for code " + code);
                    break;
                }
                if (drawn == null || meant != null && Math.abs(drawn.getWidth() - meant.getWidth()) > 1) {
                    problems.add(font + "draws code " + code + " with another width");
                    break;
                }
            }
        }
    }

    /** The pages as they are, in a PDF of their own. */
    public static byte[] original(PdfDocument source, int first, int last) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument target = new PdfDocument(new PdfWriter(out))) {
            target.getDocumentInfo().setProducer(PdfA.PRODUCER);
            source.copyPagesTo(first, last, target);
        }
        return out.toByteArray();
    }

    /** Finds the fonts to replace and the character codes drawn with each; refuses what cannot conform. */
    private void inspect(PdfPage page, Map<PdfDictionary, Substitution> substitutions,
                                Map<PdfDictionary, BitSet> codes, ScannedContentChecker checker)
            throws NotConvertible {
        fonts(page.getResources().getPdfObject(), substitutions, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        PdfArray annotations = page.getPdfObject().getAsArray(PdfName.Annots);
        if (annotations != null) {
            for (int i = 0; i < annotations.size(); i++) {
                PdfDictionary annotation = annotations.getAsDictionary(i);
                PdfDictionary appearances = annotation == null ? null : annotation.getAsDictionary(PdfName.AP);
                if (appearances != null && appearanceNeedsSubstitute(appearances)) {
                    throw new NotConvertible(KeptOriginal.FONT_IN_ANNOTATION, null);
                }
            }
        }
        new Scan(substitutions, codes, checker).content(page.getContentBytes(), page.getResources(), null, 0);
    }

    private void fonts(PdfDictionary resources, Map<PdfDictionary, Substitution> substitutions,
                              Set<PdfDictionary> seen) throws NotConvertible {
        if (resources == null || !seen.add(resources)) {
            return;
        }
        PdfDictionary fonts = resources.getAsDictionary(PdfName.Font);
        if (fonts != null) {
            for (PdfName name : fonts.keySet()) {
                PdfDictionary font = fonts.getAsDictionary(name);
                if (font != null && !substitutions.containsKey(font)) {
                    Substitution s = substitution(font);
                    if (s != null) {
                        substitutions.put(font, s);
                    }
                }
            }
        }
        for (PdfName kind : List.of(PdfName.XObject, PdfName.Pattern)) {
            PdfDictionary objects = resources.getAsDictionary(kind);
            if (objects != null) {
                for (PdfName name : objects.keySet()) {
                    PdfObject o = objects.get(name);
                    if (o instanceof PdfDictionary d) {
                        fonts(d.getAsDictionary(PdfName.Resources), substitutions, seen);
                    }
                }
            }
        }
    }

    private boolean appearanceNeedsSubstitute(PdfDictionary appearances) throws NotConvertible {
        Map<PdfDictionary, Substitution> found = new IdentityHashMap<>();
        Set<PdfDictionary> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (PdfName key : appearances.keySet()) {
            PdfObject o = appearances.get(key);
            if (o instanceof PdfStream s) {
                fonts(s.getAsDictionary(PdfName.Resources), found, seen);
            } else if (o instanceof PdfDictionary states) {
                for (PdfName state : states.keySet()) {
                    if (states.get(state) instanceof PdfStream s) {
                        fonts(s.getAsDictionary(PdfName.Resources), found, seen);
                    }
                }
            }
        }
        return !found.isEmpty();
    }

    /**
     * Null when the font is fine as it is (embedded, or Type 3); the substitution it needs (a standard font, whatever
     * its encoding: base encoding and differences are read by iText); or a refusal.
     */
    private Substitution substitution(PdfDictionary font) throws NotConvertible {
        PdfName subtype = font.getAsName(PdfName.Subtype);
        if (PdfName.Type3.equals(subtype)) {
            return null;
        }
        PdfName baseName = font.getAsName(PdfName.BaseFont);
        String base = baseName == null ? "?" : baseName.getValue();
        if (PageText.embedded(font)) {
            return null;
        }
        boolean simple = PdfName.Type1.equals(subtype) || PdfName.TrueType.equals(subtype);
        if (!simple || !StandardFontSubstitutes.has(base)) {
            throw new NotConvertible(KeptOriginal.FONT_NOT_EMBEDDED, base);
        }
        try {
            if (original(font) instanceof com.itextpdf.kernel.font.PdfSimpleFont<?> original) {
                return new Substitution(base, original);
            }
            throw new NotConvertible(KeptOriginal.FONT_NOT_EMBEDDED, base);
        } catch (RuntimeException e) {
            throw new NotConvertible(KeptOriginal.FONT_NOT_EMBEDDED, base);
        }
    }

    private PdfFont original(PdfDictionary font) {
        return font.getIndirectReference() == null ? PdfFontFactory.createFont(font)
                : originals.computeIfAbsent(font.getIndirectReference().getObjNumber(), n -> PdfFontFactory.createFont(font));
    }

    /**
     * The character each code drawn with the font means, refusing a code that the substitute cannot draw exactly as
     * the original: a code without a character, a character the substitute's WinAnsi subset lacks, or a character
     * whose width differs (the text would move).
     */
    private static Map<Integer, Integer> characters(Substitution sub, BitSet used) throws NotConvertible {
        FontProgram substitute = StandardFontSubstitutes.program(sub.baseFont());
        if (StandardFontSubstitutes.symbolic(sub.baseFont())) {
            return symbols(sub, used, substitute);
        }
        Map<Integer, Integer> characters = new java.util.TreeMap<>();
        for (int code = used.nextSetBit(0); code >= 0; code = used.nextSetBit(code + 1)) {
            if (sub.original().getPdfObject().get(PdfName.Encoding) == null && (code < 0x20 || code > 0x7e
                    || code == 0x27 || code == 0x60)) {
                // no encoding named: the standard font's own (StandardEncoding), which readers such as iText and
                // poppler take for WinAnsi; only the codes where both mean the same character are certain
                throw new NotConvertible(KeptOriginal.CHARACTER_OUTSIDE_FONT, sub.baseFont() + " " + code);
            }
            int unicode = sub.original().getFontEncoding().getUnicode(code);
            Glyph glyph = unicode <= 0 || !WINANSI.canEncode(unicode) ? null : substitute.getGlyph(unicode);
            if (glyph == null) {
                throw new NotConvertible(KeptOriginal.CHARACTER_OUTSIDE_FONT, sub.baseFont() + " " + code);
            }
            Glyph original = sub.original().getFontProgram().getGlyphByCode(code);
            if (original != null && Math.abs(original.getWidth() - glyph.getWidth()) > 1) {
                throw new NotConvertible(KeptOriginal.WIDTH_DIFFERS, sub.baseFont() + " " + Character.toString(unicode));
            }
            characters.put(code, unicode);
        }
        return characters;
    }

    /**
     * For Symbol and ZapfDingbats drawn through their built-in encoding (no /Encoding: the usual way), each code must
     * be one the Adobe font draws, and the substitute's own encoding must draw it with the same glyph (the same
     * character for Symbol, whose glyph names are Unicode's) and the same width. An encoding of the source's own
     * would need the glyph names checked one by one against the font program: kept as the original instead.
     */
    private static Map<Integer, Integer> symbols(Substitution sub, BitSet used, FontProgram substitute)
            throws NotConvertible {
        if (sub.original().getPdfObject().get(PdfName.Encoding) != null) {
            throw new NotConvertible(KeptOriginal.FONT_NOT_EMBEDDED, sub.baseFont());
        }
        Map<Integer, Integer> characters = new java.util.TreeMap<>();
        for (int code = used.nextSetBit(0); code >= 0; code = used.nextSetBit(code + 1)) {
            Glyph meant = sub.original().getFontProgram().getGlyphByCode(code);
            Glyph glyph = substitute.getGlyphByCode(code);
            if (meant == null || glyph == null || meant.getUnicode() != glyph.getUnicode()) {
                throw new NotConvertible(KeptOriginal.CHARACTER_OUTSIDE_FONT, sub.baseFont() + " " + code);
            }
            if (Math.abs(meant.getWidth() - glyph.getWidth()) > 1) {
                throw new NotConvertible(KeptOriginal.WIDTH_DIFFERS, sub.baseFont() + " " + code);
            }
            characters.put(code, code);
        }
        return characters;
    }

    /**
     * Reads the page's content operators, and those of the forms it draws, with the text state only (not iText's
     * full processor: no geometry is needed): which font draws which codes, and whether anything is CMYK.
     */
    private static final class Scan {
        private final Map<PdfDictionary, Substitution> substitutions;
        private final Map<PdfDictionary, BitSet> codes;
        private final ScannedContentChecker checker;

        Scan(Map<PdfDictionary, Substitution> substitutions, Map<PdfDictionary, BitSet> codes,
             ScannedContentChecker checker) {
            this.substitutions = substitutions;
            this.codes = codes;
            this.checker = checker;
        }

        /** Reads one content stream; a form starts with the font current where it is drawn. */
        void content(byte[] bytes, PdfResources resources, PdfDictionary font, int depth) throws NotConvertible {
            if (depth > 12) {
                throw new NotConvertible(KeptOriginal.UNREADABLE_CONTENT, "forms nested too deeply");
            }
            PdfCanvasParser parser = ContentStreams.parser(bytes, resources);
            List<PdfObject> operands = new ArrayList<>();
            java.util.ArrayDeque<PdfDictionary[]> saved = new java.util.ArrayDeque<>();
            PdfDictionary fonts = resources.getResource(PdfName.Font);
            try {
                while (!parser.parse(operands).isEmpty()) {
                    if (depth == 0) {
                        checker.operands(operands); // the page's own content: PDF/A's limits on its operands
                    }
                    String operator = operands.get(operands.size() - 1).toString();
                    switch (operator) {
                        case "q" -> saved.push(new PdfDictionary[]{font});
                        case "Q" -> font = saved.isEmpty() ? font : saved.pop()[0];
                        case "Tf" -> font = fonts == null || !(operands.get(0) instanceof PdfName name) ? null
                                : fonts.getAsDictionary(name);
                        case "Tj", "'" -> text(font, operands.get(0));
                        case "\"" -> text(font, operands.get(2));
                        case "TJ" -> {
                            if (operands.get(0) instanceof PdfArray array) {
                                for (PdfObject o : array) {
                                    text(font, o);
                                }
                            }
                        }
                        case "k", "K" -> throw new NotConvertible(KeptOriginal.CMYK, null);
                        case "cs", "CS" -> colourSpace(resources, operands.get(0));
                        case "gs" -> {
                            PdfDictionary states = resources.getResource(PdfName.ExtGState);
                            PdfDictionary state = states == null || !(operands.get(0) instanceof PdfName n) ? null
                                    : states.getAsDictionary(n);
                            if (state != null && state.containsKey(PdfName.Font)) {
                                throw new NotConvertible(KeptOriginal.FONT_FROM_GRAPHICS_STATE, null);
                            }
                        }
                        case "EI" -> {
                            if (operands.get(0) instanceof PdfStream inline) {
                                image(inline.get(PdfName.ColorSpace), resources);
                            }
                        }
                        case "Do" -> draw(resources, operands.get(0), font, depth);
                        default -> {
                            // geometry, text positioning, other colours: nothing to check
                        }
                    }
                }
            } catch (java.io.IOException e) {
                throw new NotConvertible(KeptOriginal.UNREADABLE_CONTENT, null);
            }
        }

        private void draw(PdfResources resources, PdfObject name, PdfDictionary font, int depth) throws NotConvertible {
            PdfStream x = ContentStreams.xObject(resources, name);
            if (x == null) {
                return;
            }
            if (ContentStreams.isForm(x)) {
                content(x.getBytes(), ContentStreams.resourcesOf(x, resources), font, depth + 1);
            } else if (PdfName.Image.equals(x.getAsName(PdfName.Subtype))) {
                image(x.get(PdfName.ColorSpace), resources);
            }
        }

        private void text(PdfDictionary font, PdfObject string) throws NotConvertible {
            if (font == null || !(string instanceof PdfString s)) {
                return;
            }
            if (!substitutions.containsKey(font)) {
                return;
            }
            BitSet used = codes.computeIfAbsent(font, f -> new BitSet(256));
            for (byte b : s.getValueBytes()) {
                used.set(b & 0xff);
            }
        }

        private static void colourSpace(PdfResources resources, PdfObject name) throws NotConvertible {
            if (PdfName.DeviceCMYK.equals(name)) {
                throw new NotConvertible(KeptOriginal.CMYK, null);
            }
            PdfDictionary spaces = resources.getResource(PdfName.ColorSpace);
            if (spaces != null && name instanceof PdfName n) {
                cmykSpace(spaces.get(n));
            }
        }

        private static void image(PdfObject space, PdfResources resources) throws NotConvertible {
            if (PdfName.DeviceCMYK.equals(space) || new PdfName("CMYK").equals(space)) {
                throw new NotConvertible(KeptOriginal.CMYK, "image");
            }
            if (space instanceof PdfName n && resources.getResource(PdfName.ColorSpace) != null) {
                cmykSpace(resources.getResource(PdfName.ColorSpace).get(n));
            }
            cmykSpace(space);
        }

        /** A colour space array based on CMYK (ICC with four components, or an alternate of CMYK). */
        private static void cmykSpace(PdfObject space) throws NotConvertible {
            if (PdfName.DeviceCMYK.equals(space)) {
                throw new NotConvertible(KeptOriginal.CMYK, null);
            }
            if (space instanceof PdfArray a && !a.isEmpty()) {
                for (int i = 1; i < a.size(); i++) {
                    if (PdfName.DeviceCMYK.equals(a.get(i))) {
                        throw new NotConvertible(KeptOriginal.CMYK, null);
                    }
                }
                if (PdfName.ICCBased.equals(a.get(0)) && a.get(1) instanceof PdfStream icc) {
                    PdfNumber components = icc.getAsNumber(PdfName.N);
                    if (components != null && components.intValue() == 4) {
                        throw new NotConvertible(KeptOriginal.CMYK, "ICC");
                    }
                }
            }
        }
    }

    private static byte[] convert(PdfDocument source, int first, int last, String title,
                                  Map<PdfDictionary, Substitution> substitutions,
                                  Map<PdfDictionary, Map<Integer, Integer>> characters, ScannedContentChecker checker) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfADocument target = PdfA.document(new PdfWriter(out, new WriterProperties().addXmpMetadata()
                .setCompressionLevel(com.itextpdf.kernel.pdf.CompressionConstants.BEST_SPEED)), checker)) {
            target.getDocumentInfo().setTitle(title);
            target.getDocumentInfo().setProducer(PdfA.PRODUCER);
            // where the copy of each of the source's font dictionaries sits in the copied pages
            Map<PdfDictionary, List<Slot>> slots = new IdentityHashMap<>();
            List<PdfPage> copied = source.copyPagesTo(first, last, target);
            copied.forEach(checker::scanned);
            Set<PdfDictionary> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (int i = 0; i < copied.size(); i++) {
                match(source.getPage(first + i).getResources().getPdfObject(),
                        copied.get(i).getResources().getPdfObject(), slots, seen);
            }
            // the characters each substitute must draw: all the source fonts of the same base font share one
            Map<String, java.util.SortedSet<Integer>> drawn = new HashMap<>();
            for (Map.Entry<PdfDictionary, Substitution> e : substitutions.entrySet()) {
                drawn.computeIfAbsent(e.getValue().baseFont(), b -> new java.util.TreeSet<>())
                        .addAll(characters.getOrDefault(e.getKey(), Map.of()).values());
            }
            Map<String, PdfDictionary> substitutes = new HashMap<>();
            for (Map.Entry<PdfDictionary, Substitution> e : substitutions.entrySet()) {
                String base = e.getValue().baseFont();
                boolean symbolic = StandardFontSubstitutes.symbolic(base);
                PdfDictionary font = substitutes.computeIfAbsent(base, b -> (PdfDictionary)
                        (symbolic ? symbolicTemplate(b) : template(b, drawn.get(b))).copyTo(target, false));
                Map<Integer, Integer> drawnByThisFont = characters.getOrDefault(e.getKey(), Map.of());
                if (!symbolic && !sameAsWinAnsi(drawnByThisFont)) {
                    font = withEncoding(font, drawnByThisFont, StandardFontSubstitutes.program(base), target);
                }
                for (Slot slot : slots.getOrDefault(e.getKey(), List.of())) {
                    PdfObject old = slot.fonts().get(slot.name());
                    if (old == font) {
                        continue; // a font dictionary shared by several pages: replaced through an earlier page
                    }
                    slot.fonts().put(slot.name(), font);
                    if (old != null && old.getIndirectReference() != null && old.getIndirectReference().getDocument() == target) {
                        old.getIndirectReference().setFree(); // the replaced copy is not written
                    }
                }
            }
        }
        return out.toByteArray();
    }

    /** Per thread, the substitute fonts already made, each in a small document of its own to copy from. */
    private static final ThreadLocal<Map<String, PdfDocument>> TEMPLATES = ThreadLocal.withInitial(() ->
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PdfDocument> eldest) {
                    if (size() > 32) {
                        eldest.getValue().close();
                        return true;
                    }
                    return false;
                }
            });

    /** Whether each code means in WinAnsi the character it means in the original font. */
    private static boolean sameAsWinAnsi(Map<Integer, Integer> characters) {
        for (Map.Entry<Integer, Integer> c : characters.entrySet()) {
            if (WINANSI.getUnicode(c.getKey()) != c.getValue()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The substitute for an original whose codes are not WinAnsi's (a standard encoding, MacRoman, differences):
     * the same embedded subset, with the original's codes mapped to the same characters by differences over WinAnsi
     * (glyph names of the Adobe glyph list, as PDF/A allows for TrueType fonts with a Unicode cmap) and the widths
     * of those characters at those codes. The content keeps its bytes.
     */
    private static PdfDictionary withEncoding(PdfDictionary substitute, Map<Integer, Integer> characters,
                                              FontProgram program, PdfDocument target) {
        PdfDictionary own = new PdfDictionary(substitute);
        PdfArray differences = new PdfArray();
        int previous = -2;
        for (Map.Entry<Integer, Integer> c : characters.entrySet()) {
            if (WINANSI.getUnicode(c.getKey()) != c.getValue()) {
                if (c.getKey() != previous + 1) {
                    differences.add(new PdfNumber(c.getKey()));
                }
                differences.add(new PdfName(AdobeGlyphList.unicodeToName(c.getValue())));
                previous = c.getKey();
            }
        }
        PdfDictionary encoding = new PdfDictionary();
        encoding.put(PdfName.Type, PdfName.Encoding);
        encoding.put(PdfName.BaseEncoding, PdfName.WinAnsiEncoding);
        encoding.put(PdfName.Differences, differences);
        own.put(PdfName.Encoding, encoding);
        int first = Math.min(32, characters.keySet().iterator().next());
        PdfArray widths = new PdfArray();
        for (int code = first; code <= 255; code++) {
            Integer unicode = characters.get(code);
            int u = unicode != null ? unicode : WINANSI.getUnicode(code);
            Glyph glyph = u <= 0 ? null : program.getGlyph(u);
            widths.add(new PdfNumber(glyph == null ? 0 : glyph.getWidth()));
        }
        own.put(PdfName.FirstChar, new PdfNumber(first));
        own.put(PdfName.LastChar, new PdfNumber(255));
        own.put(PdfName.Widths, widths);
        return (PdfDictionary) own.makeIndirect(target);
    }

    /**
     * The substitute's font dictionary (TrueType, WinAnsi, widths, descriptor, embedded subset) holding the common
     * characters and the given ones. Made once and copied into each document as it is, its subset already
     * compressed: cutting and compressing the same subset for each of thousands of payslips would cost more than
     * the rest of the conversion.
     */
    private static PdfDictionary template(String base, java.util.SortedSet<Integer> drawn) {
        StringBuilder extra = new StringBuilder();
        for (int c : drawn) {
            if (COMMON.indexOf(c) < 0) {
                extra.appendCodePoint(c);
            }
        }
        String characters = COMMON + extra;
        PdfDocument made = TEMPLATES.get().computeIfAbsent(base + "\u0000" + characters, key -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (PdfDocument pdf = new PdfDocument(new PdfWriter(out, new WriterProperties()
                    .setCompressionLevel(com.itextpdf.kernel.pdf.CompressionConstants.BEST_COMPRESSION)))) {
                PdfFont font = PdfFontFactory.createFont(StandardFontSubstitutes.program(base), PdfEncodings.WINANSI,
                        PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
                font.convertToBytes(characters);
                new com.itextpdf.kernel.pdf.canvas.PdfCanvas(pdf.addNewPage()).setFontAndSize(font, 10);
            }
            try {
                return new PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(
                        new java.io.ByteArrayInputStream(out.toByteArray())));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        PdfDictionary fonts = made.getPage(1).getResources().getResource(PdfName.Font);
        return fonts.getAsDictionary(fonts.keySet().iterator().next());
    }

    /**
     * The substitute for Symbol or ZapfDingbats: the whole Type 1 font (a few tens of kilobytes: these fonts are
     * rare on payslips), embedded, with its built-in encoding and the widths of all its codes.
     */
    private static PdfDictionary symbolicTemplate(String base) {
        PdfDocument made = TEMPLATES.get().computeIfAbsent(base + "\u0000symbolic", key -> {
            FontProgram program = StandardFontSubstitutes.program(base);
            StringBuilder all = new StringBuilder();
            for (int code = 32; code <= 255; code++) {
                if (program.getGlyphByCode(code) != null) {
                    all.append((char) code);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (PdfDocument pdf = new PdfDocument(new PdfWriter(out, new WriterProperties()
                    .setCompressionLevel(com.itextpdf.kernel.pdf.CompressionConstants.BEST_COMPRESSION)))) {
                PdfFont font = PdfFontFactory.createFont(program, FontEncoding.FONT_SPECIFIC,
                        PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
                font.convertToBytes(all.toString());
                new com.itextpdf.kernel.pdf.canvas.PdfCanvas(pdf.addNewPage()).setFontAndSize(font, 10);
            }
            try {
                ByteArrayOutputStream withUnicode = new ByteArrayOutputStream();
                try (PdfDocument pdf = new PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(
                        new java.io.ByteArrayInputStream(out.toByteArray())), new PdfWriter(withUnicode))) {
                    PdfDictionary fonts = pdf.getPage(1).getResources().getResource(PdfName.Font);
                    PdfStream toUnicode = new PdfStream(toUnicode(StandardFontSubstitutes.unicodes(base)));
                    toUnicode.makeIndirect(pdf);
                    fonts.getAsDictionary(fonts.keySet().iterator().next()).put(PdfName.ToUnicode, toUnicode);
                }
                return new PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(
                        new java.io.ByteArrayInputStream(withUnicode.toByteArray())));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        PdfDictionary fonts = made.getPage(1).getResources().getResource(PdfName.Font);
        return fonts.getAsDictionary(fonts.keySet().iterator().next());
    }

    /** A ToUnicode CMap for one-byte codes. */
    private static byte[] toUnicode(Map<Integer, Integer> unicodes) {
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n");
        List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(unicodes.entrySet());
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Integer, Integer>> block = entries.subList(from, Math.min(entries.size(), from + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, Integer> e : block) {
                cmap.append(String.format("<%02X> <%04X>%n", e.getKey(), e.getValue()));
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** Walks the source and copied resources side by side, noting where each font dictionary's copy sits. */
    private static void match(PdfDictionary from, PdfDictionary to, Map<PdfDictionary, List<Slot>> slots,
                              Set<PdfDictionary> seen) {
        walk(from, to, (fromFonts, toFonts) -> {
            if (toFonts != null) {
                for (PdfName name : fromFonts.keySet()) {
                    PdfDictionary f = fromFonts.getAsDictionary(name);
                    if (f != null && toFonts.containsKey(name)) {
                        slots.computeIfAbsent(f, k -> new ArrayList<>()).add(new Slot(toFonts, name));
                    }
                }
            }
        }, seen);
    }

    /**
     * Walks a source's resources and their copy's side by side, through forms and patterns, handing each font
     * dictionary of the source with the copy's at the same place (null when the copy has none).
     */
    private static void walk(PdfDictionary from, PdfDictionary to,
                             java.util.function.BiConsumer<PdfDictionary, PdfDictionary> fonts, Set<PdfDictionary> seen) {
        if (from == null || to == null || !seen.add(to)) {
            return;
        }
        PdfDictionary fromFonts = from.getAsDictionary(PdfName.Font);
        if (fromFonts != null) {
            fonts.accept(fromFonts, to.getAsDictionary(PdfName.Font));
        }
        for (PdfName kind : List.of(PdfName.XObject, PdfName.Pattern)) {
            PdfDictionary a = from.getAsDictionary(kind);
            PdfDictionary b = to.getAsDictionary(kind);
            if (a != null && b != null) {
                for (PdfName name : a.keySet()) {
                    if (a.get(name) instanceof PdfDictionary x && b.get(name) instanceof PdfDictionary y) {
                        walk(x.getAsDictionary(PdfName.Resources), y.getAsDictionary(PdfName.Resources), fonts, seen);
                    }
                }
            }
        }
    }

    /**
     * iText's PDF/A-3b checks, except that it does not parse the copied pages' own content streams a second time:
     * the scan of those pages has already passed each of their operands to the same operand checks (names, strings,
     * numbers and arrays within PDF/A's limits). Forms, patterns and everything else are checked by iText.
     */
    static final class ScannedContentChecker extends PdfA3Checker {
        private final Set<PdfStream> scanned = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        ScannedContentChecker() {
            super(PdfAConformance.PDF_A_3B);
        }

        void operands(List<PdfObject> operands) {
            for (PdfObject o : operands) {
                checkContentStreamObject(o);
            }
        }

        void scanned(PdfPage copy) {
            for (int i = 0; i < copy.getContentStreamCount(); i++) {
                scanned.add(copy.getContentStream(i));
            }
        }

        /**
         * The same limits as iText's check, without turning every number of the page into a double first: a number
         * written with nine characters or fewer is within both the integer and the real limits of PDF/A-3.
         */
        @Override
        protected void checkPdfNumber(PdfNumber number) {
            if (number.toString().length() > 9) {
                super.checkPdfNumber(number);
            }
        }

        @Override
        protected void checkContentStream(PdfStream contentStream) {
            if (!scanned.contains(contentStream)) {
                super.checkContentStream(contentStream);
            }
        }
    }

    /** A font entry of a copied resource dictionary. */
    private record Slot(PdfDictionary fonts, PdfName name) {
    }
}
