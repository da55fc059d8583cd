package org.hrdemat.document.control;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfNumber;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfResources;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.canvas.parser.util.PdfCanvasParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The text of a page in the order its content shows it, read from the text operators alone: which font is
 * current, what each string decodes to (the font's encoding or ToUnicode map, or the embedded program's own cmap,
 * {@link FontCmapText}), a line break where the text is moved to a new line (not along the same one) and a space for a word-sized gap
 * inside a TJ array. Enough to find a matricule, at a fraction of the cost of iText's text extraction, which follows
 * the whole graphics state and geometry of every glyph. One reader per document and thread: it keeps the fonts it
 * has read, since the pages of a payroll PDF share the same few fonts and reading a font costs more than a page.
 */
public final class PageText {

    /** Forms drawn inside forms deeper than this are not read (a loop, or a broken file). */
    private static final int DEEPEST = 12;

    /** A TJ adjustment moving the next glyph right by more than this (thousandths of the font size) is a space. */
    private static final float WORD_GAP = 200;

    /** Text read so far is asked whether it is enough only while it is shorter than this (then at the end). */
    private static final int ASKED_UP_TO = 4096;

    /** A font as the text operators use it: how its strings decode. */
    private record Font(PdfFont itext, FontCmapText cmap) {
        String text(PdfString s) {
            return cmap != null ? cmap.decode(s) : itext.decode(s);
        }
    }

    private final Map<Integer, Font> fontsByNumber = new HashMap<>();
    private final Map<PdfDictionary, Font> directFonts = new IdentityHashMap<>();
    private Predicate<CharSequence> enough;
    private boolean done;

    /**
     * The page's text up to the first line after which the text read so far is enough (the rest is not read:
     * the matricule sits in a payslip's heading), or all of it when nothing is enough.
     */
    public String of(PdfPage page, Predicate<CharSequence> enough) {
        StringBuilder text = new StringBuilder();
        this.enough = enough;
        this.done = false;
        read(page.getContentBytes(), page.getResources(), null, text, 0);
        return text.toString();
    }

    private void read(byte[] content, PdfResources resources, Font current, StringBuilder text, int depth) {
        PdfCanvasParser parser = ContentStreams.parser(content, resources);
        List<PdfObject> operands = new ArrayList<>();
        List<Font> saved = new ArrayList<>();
        Font font = current;
        try {
            while (!done && !parser.parse(operands).isEmpty()) {
                switch (operands.get(operands.size() - 1).toString()) {
                    case "q" -> saved.add(font);
                    case "Q" -> font = saved.isEmpty() ? font : saved.remove(saved.size() - 1);
                    case "Tf" -> font = font(resources, operands.get(0));
                    case "BT", "ET", "Tm", "T*" -> newLine(text);
                    case "Td", "TD" -> {
                        // a move along the same line (browsers and Qt place each glyph so: "10 0 Td <0002> Tj")
                        // continues it; a move up, down or back starts a new one
                        if (!(operands.get(0) instanceof PdfNumber x && operands.get(1) instanceof PdfNumber y)
                                || y.floatValue() != 0 || x.floatValue() < 0) {
                            newLine(text);
                        }
                    }
                    case "Tj" -> show(font, operands.get(0), text);
                    case "'" -> {
                        newLine(text);
                        show(font, operands.get(0), text);
                    }
                    case "\"" -> {
                        newLine(text);
                        show(font, operands.get(2), text);
                    }
                    case "TJ" -> {
                        if (operands.get(0) instanceof PdfArray parts) {
                            for (PdfObject part : parts) {
                                if (part instanceof PdfNumber gap && -gap.floatValue() > WORD_GAP) {
                                    space(text);
                                } else {
                                    show(font, part, text);
                                }
                            }
                        }
                    }
                    case "Do" -> {
                        if (depth < DEEPEST) {
                            form(resources, operands.get(0), font, text, depth);
                        }
                    }
                    default -> {
                        // graphics, colours, text state: nothing for the text
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void form(PdfResources resources, PdfObject name, Font font, StringBuilder text, int depth) {
        PdfStream x = ContentStreams.xObject(resources, name);
        if (x != null && ContentStreams.isForm(x)) {
            newLine(text);
            read(x.getBytes(), ContentStreams.resourcesOf(x, resources), font, text, depth + 1);
            newLine(text);
        }
    }

    private Font font(PdfResources resources, PdfObject name) {
        PdfDictionary fonts = resources.getResource(PdfName.Font);
        PdfDictionary dictionary = fonts == null || !(name instanceof PdfName n) ? null : fonts.getAsDictionary(n);
        if (dictionary == null) {
            return null;
        }
        return dictionary.getIndirectReference() == null
                ? directFonts.computeIfAbsent(dictionary, PageText::font)
                : fontsByNumber.computeIfAbsent(dictionary.getIndirectReference().getObjNumber(), n -> font(dictionary));
    }

    private static Font font(PdfDictionary dictionary) {
        FontCmapText cmap = FontCmapText.of(dictionary);
        return new Font(cmap == null ? PdfFontFactory.createFont(dictionary) : null, cmap);
    }

    /** Whether the font's program is in the file (a Type 3 font is its own program). */
    public static boolean embedded(PdfDictionary font) {
        PdfName subtype = font.getAsName(PdfName.Subtype);
        if (PdfName.Type3.equals(subtype)) {
            return true;
        }
        PdfDictionary owner = font;
        if (PdfName.Type0.equals(subtype)) {
            PdfArray descendants = font.getAsArray(PdfName.DescendantFonts);
            owner = descendants == null ? null : descendants.getAsDictionary(0);
        }
        PdfDictionary descriptor = owner == null ? null : owner.getAsDictionary(PdfName.FontDescriptor);
        return descriptor != null && (descriptor.containsKey(PdfName.FontFile) || descriptor.containsKey(PdfName.FontFile2)
                || descriptor.containsKey(PdfName.FontFile3));
    }

    private void show(Font font, PdfObject string, StringBuilder text) {
        if (font != null && string instanceof PdfString s) {
            text.append(font.text(s));
        }
    }

    private void newLine(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
            done = enough != null && text.length() < ASKED_UP_TO && enough.test(text);
        }
    }

    private static void space(StringBuilder text) {
        if (!text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))) {
            text.append(' ');
        }
    }
}
