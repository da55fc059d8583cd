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

    public SubsetCachingFont(byte[] ttf) throws IOException {
        super(ttf);
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
