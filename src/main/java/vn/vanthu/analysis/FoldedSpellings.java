package vn.vanthu.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.Operations;

import vn.vanthu.text.VietnameseLetters;

/**
 * Every spelling of an exact-field term that folds to a given folded key ("hoi" → hội, hỏi, hơi,
 * hoi…), found in an index's own terms dictionary by an automaton (as Lucene's wildcard and fuzzy
 * queries find theirs), so a folded field need not be indexed: folding happens at query time.
 * The automaton accepts, at each position, every character {@link VietnameseLetters#fold} maps to
 * the key's character, and any stray combining mark (which folding drops).
 */
public final class FoldedSpellings {
    private static final int MARKS_FROM = 0x0300;
    private static final int MARKS_TO = 0x036F;

    /** folded character → the other characters that fold to it (ộ, Ộ, ô… for o). */
    private static final Map<Character, char[]> UNFOLDED = unfoldTable();

    private FoldedSpellings() {
    }

    private static Map<Character, char[]> unfoldTable() {
        Map<Character, StringBuilder> forms = new HashMap<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            char f = VietnameseLetters.fold((char) c);
            if (f != c) {
                forms.computeIfAbsent(f, k -> new StringBuilder()).append((char) c);
            }
        }
        Map<Character, char[]> out = new HashMap<>();
        forms.forEach((k, v) -> out.put(k, v.toString().toCharArray()));
        return out;
    }

    /** The automaton of every spelling folding to {@code key}, or, with {@code prefix}, starting with such a spelling. */
    public static CompiledAutomaton automaton(String key, boolean prefix) {
        // Deterministic by construction except where a prefix's any-character loop overlaps; let
        // CompiledAutomaton determinize (the automata are tiny).
        return new CompiledAutomaton(uncompiled(key, prefix), !prefix, false);
    }

    /** Every spelling starting with one that folds to {@code prefix}, for an {@link org.apache.lucene.search.AutomatonQuery}. */
    public static Automaton prefixAutomaton(String prefix) {
        return Operations.determinize(uncompiled(prefix, true), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
    }

    private static Automaton uncompiled(String key, boolean prefix) {
        Automaton.Builder b = new Automaton.Builder();
        int state = b.createState();
        for (int i = 0; i < key.length(); i++) {
            char k = key.charAt(i);
            int next = b.createState();
            b.addTransition(state, next, k);
            for (char c : UNFOLDED.getOrDefault(k, new char[0])) {
                if (c != k) {
                    b.addTransition(state, next, c);
                }
            }
            b.addTransition(next, next, MARKS_FROM, MARKS_TO);
            state = next;
        }
        if (prefix) {
            b.addTransition(state, state, 0, Character.MAX_CODE_POINT);
        }
        b.setAccept(state, true);
        return b.finish();
    }

    /** The terms of {@code field} in {@code reader} that fold to {@code key}, in term order. */
    public static List<BytesRef> in(IndexReader reader, String field, String key) throws IOException {
        CompiledAutomaton a = automaton(key, false);
        Set<BytesRef> out = new TreeSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            collect(leaf.reader(), field, a, out);
        }
        return new ArrayList<>(out);
    }

    /** Adds to {@code out} the terms of {@code field} in one segment that {@code a} accepts. */
    public static void collect(LeafReader reader, String field, CompiledAutomaton a, Set<BytesRef> out)
            throws IOException {
        Terms terms = reader.terms(field);
        if (terms == null) {
            return;
        }
        TermsEnum te = a.getTermsEnum(terms);
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            out.add(BytesRef.deepCopyOf(t));
        }
    }
}
