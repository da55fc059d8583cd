package org.hrdemat.document.control;

import com.itextpdf.commons.datastructures.Tuple2;
import com.itextpdf.io.font.TrueTypeFont;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A TrueType font program that keeps the subsets it has made: thousands of payslips embed the same glyphs of the
 * same font, and cutting the subset out of the font file again for each of them costs more than drawing the page.
 * The subset bytes depend only on the glyphs, so a kept one is exactly what would be cut again.
 */
public final class SubsetCachingFont extends TrueTypeFont {

    private static final int KEPT = 32;

    private final Map<List<Object>, Tuple2<Integer, byte[]>> subsets = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Tuple2<Integer, byte[]>> eldest) {
            return size() > KEPT;
        }
    };

    /** Per thread, while a document is being written: the characters asked of the fonts (see {@link #asking}). */
    private static final ThreadLocal<Set<Integer>> ASKED = new ThreadLocal<>();

    public SubsetCachingFont(byte[] ttf) throws IOException {
        super(ttf);
    }

    /**
     * Notes, on this thread until {@link #stopAsking()}, every character whose glyph is asked of any of these fonts
     * (to draw it or to measure it): a document whose characters are all known in advance can receive fonts made
     * once.
     */
    static Set<Integer> asking() {
        Set<Integer> asked = new java.util.HashSet<>();
        ASKED.set(asked);
        return asked;
    }

    static void stopAsking() {
        ASKED.remove();
    }

    @Override
    public com.itextpdf.io.font.otf.Glyph getGlyph(int unicode) {
        Set<Integer> asked = ASKED.get();
        if (asked != null) {
            asked.add(unicode);
        }
        return super.getGlyph(unicode);
    }

    @Override
    public Tuple2<Integer, byte[]> subset(Set<Integer> glyphs, boolean subsetTables) {
        List<Object> key = new ArrayList<>(new TreeSet<>(glyphs));
        key.add(subsetTables);
        synchronized (subsets) {
            Tuple2<Integer, byte[]> kept = subsets.get(key);
            if (kept != null) {
                return kept;
            }
        }
        Tuple2<Integer, byte[]> made = super.subset(glyphs, subsetTables);
        synchronized (subsets) {
            subsets.put(key, made);
        }
        return made;
    }
}
