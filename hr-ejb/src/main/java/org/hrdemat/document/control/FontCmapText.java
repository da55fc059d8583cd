package org.hrdemat.document.control;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfString;
import java.util.HashMap;
import java.util.Map;

/**
 * The characters of strings shown with a composite font (Type0, Identity-H or -V, TrueType glyphs) that carries no
 * ToUnicode map, read as viewers read them: each two-byte code is a CID, the CID a glyph of the embedded font
 * program (its CIDToGIDMap), the glyph a character through the program's own cmap. iText alone would take the CIDs
 * for characters.
 */
public final class FontCmapText {

    /** A glyph that the font's cmap gives no character: it still counts as one drawn glyph. */
    private static final char UNKNOWN = '\ufffd';

    private final Map<Integer, Integer> characterOfGlyph;
    private final byte[] cidToGid;

    private FontCmapText(Map<Integer, Integer> characterOfGlyph, byte[] cidToGid) {
        this.characterOfGlyph = characterOfGlyph;
        this.cidToGid = cidToGid;
    }

    /** The reader for such a font, or null when the font is of another kind, has a ToUnicode map, or no cmap. */
    public static FontCmapText of(PdfDictionary font) {
        if (!PdfName.Type0.equals(font.getAsName(PdfName.Subtype)) || font.containsKey(PdfName.ToUnicode)) {
            return null;
        }
        PdfName encoding = font.getAsName(PdfName.Encoding);
        PdfArray descendants = font.getAsArray(PdfName.DescendantFonts);
        PdfDictionary cidFont = descendants == null ? null : descendants.getAsDictionary(0);
        PdfDictionary descriptor = cidFont == null ? null : cidFont.getAsDictionary(PdfName.FontDescriptor);
        PdfStream program = descriptor == null ? null : descriptor.getAsStream(PdfName.FontFile2);
        if (program == null || !PdfName.CIDFontType2.equals(cidFont.getAsName(PdfName.Subtype))
                || !(PdfName.IdentityH.equals(encoding) || new PdfName("Identity-V").equals(encoding))) {
            return null;
        }
        try {
            Map<Integer, Integer> characters = characterOfGlyph(program.getBytes());
            if (characters.isEmpty()) {
                return null;
            }
            PdfStream map = cidFont.getAsStream(PdfName.CIDToGIDMap);
            return new FontCmapText(characters, map == null ? null : map.getBytes());
        } catch (RuntimeException e) {
            return null; // a program that cannot be read: its text stays unknown
        }
    }

    /**
     * The character of each glyph, from the program's Unicode cmap subtable (platform 3 encoding 1 or 10, or platform
     * 0), the lowest character where a glyph has several. Read here rather than by iText's TrueType parser: that one
     * wants the tables of a whole font ('name', 'OS/2'...), which the subsets that producers embed often leave out.
     */
    static Map<Integer, Integer> characterOfGlyph(byte[] ttf) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(ttf);
        int tables = b.getShort(4) & 0xffff;
        int cmap = -1;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (b.getInt(entry) == 0x636d6170) { // 'cmap'
                cmap = b.getInt(entry + 8);
            }
        }
        Map<Integer, Integer> characters = new HashMap<>();
        if (cmap < 0) {
            return characters;
        }
        int best = -1;
        int bestRank = 0;
        int subtables = b.getShort(cmap + 2) & 0xffff;
        for (int i = 0; i < subtables; i++) {
            int record = cmap + 4 + 8 * i;
            int platform = b.getShort(record) & 0xffff;
            int encoding = b.getShort(record + 2) & 0xffff;
            int rank = platform == 3 && encoding == 10 ? 3 : platform == 3 && encoding == 1 ? 2 : platform == 0 ? 1 : 0;
            if (rank > bestRank) {
                bestRank = rank;
                best = cmap + b.getInt(record + 4);
            }
        }
        if (best < 0) {
            return characters;
        }
        int format = b.getShort(best) & 0xffff;
        if (format == 4) {
            int segments = (b.getShort(best + 6) & 0xffff) / 2;
            int ends = best + 14;
            int starts = ends + 2 * segments + 2;
            int deltas = starts + 2 * segments;
            int offsets = deltas + 2 * segments;
            for (int s = 0; s < segments; s++) {
                int end = b.getShort(ends + 2 * s) & 0xffff;
                int start = b.getShort(starts + 2 * s) & 0xffff;
                int delta = b.getShort(deltas + 2 * s);
                int offset = b.getShort(offsets + 2 * s) & 0xffff;
                for (int c = start; c <= end && c != 0xffff; c++) {
                    int glyph;
                    if (offset == 0) {
                        glyph = (c + delta) & 0xffff;
                    } else {
                        int at = offsets + 2 * s + offset + 2 * (c - start);
                        glyph = b.getShort(at) & 0xffff;
                        glyph = glyph == 0 ? 0 : (glyph + delta) & 0xffff;
                    }
                    if (glyph != 0) {
                        characters.merge(glyph, c, Math::min);
                    }
                }
            }
        } else if (format == 12) {
            long groups = b.getInt(best + 12) & 0xffffffffL;
            for (long g = 0; g < groups; g++) {
                int group = best + 16 + (int) (12 * g);
                int start = b.getInt(group);
                int end = b.getInt(group + 4);
                int glyph = b.getInt(group + 8);
                for (int c = start; c <= end && c - start < 0x10000; c++) {
                    characters.merge(glyph + c - start, c, Math::min);
                }
            }
        }
        return characters;
    }

    /** The characters the string draws, one a glyph. */
    public String decode(PdfString string) {
        byte[] bytes = string.getValueBytes();
        StringBuilder text = new StringBuilder(bytes.length / 2);
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            int cid = (bytes[i] & 0xff) << 8 | bytes[i + 1] & 0xff;
            int gid = cid;
            if (cidToGid != null) {
                gid = 2 * cid + 1 < cidToGid.length ? (cidToGid[2 * cid] & 0xff) << 8 | cidToGid[2 * cid + 1] & 0xff : 0;
            }
            Integer character = characterOfGlyph.get(gid);
            if (character == null) {
                text.append(UNKNOWN);
            } else {
                text.appendCodePoint(character);
            }
        }
        return text.toString();
    }
}
