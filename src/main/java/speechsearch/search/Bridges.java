package speechsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import speechsearch.analysis.BigramAnalyzer;
import speechsearch.analysis.CharMap;
import speechsearch.index.Schema;

/**
 * Paraphrase bridges from the corpus itself: a drafter's short form of a word (职校, 公办园) expanded to
 * the full form the speeches write (职业学校, 公办幼儿园). A full form begins with the short form's first
 * character, ends with its last, holds all its characters in order, and is one word of the index or
 * two words written next to each other; the one written most often wins, and only when the speeches
 * write it more often than the short form itself. Searches add it beside the word with a lower
 * weight and say so ("也搜索了"). Built from the generation's term dictionary: nothing is stored at
 * reindex.
 */
final class Bridges {
  /** A word and the full form searched beside it. */
  record Bridge(String word, String fullForm) {}

  /** Words of 2 to this many Han characters are expanded; longer ones are rarely short forms. */
  static final int MAX_WORD = 4;

  /** Full forms up to twice the word plus this many characters: beyond, it is another phrase. */
  static final int MAX_EXTRA = 2;

  /** Index words seen in fewer units than this are not parts of a full form (typos, names). */
  static final int MIN_UNITS = 3;

  /** Two-word full forms checked as phrases, the likeliest first: each check is a count. */
  static final int PHRASES_CHECKED = 6;

  /** Heads and tails of two-word full forms tried, the most used of each. */
  static final int PARTS = 300;

  /** Bridges looked up per generation (by its reader), kept until the reader is collected. */
  private static final Map<Object, Bridges> BY_READER = new WeakHashMap<>();

  /** Words remembered per generation, with or without a full form; beyond, the memo starts over. */
  private static final int MEMO = 10_000;

  private final IndexReader reader;
  private final IndexSearcher searcher;
  private final Map<String, Optional<Bridge>> memo = new ConcurrentHashMap<>();
  // index words of 2 to 2 × MAX_WORD + MAX_EXTRA Han characters by their last character, built on
  // first use for this generation
  private Map<Character, List<Word>> byLast;

  private record Word(String text, int units) {}

  private Bridges(IndexReader reader, IndexSearcher searcher) {
    this.reader = reader;
    this.searcher = searcher;
  }

  /** How many units match a query (the word itself, for comparing with its full forms). */
  long count(Query q) throws IOException {
    return searcher.count(q);
  }

  /** The bridges of the generation a searcher reads. */
  static Bridges of(IndexSearcher searcher) {
    IndexReader reader = searcher.getIndexReader();
    Object key =
        reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
    synchronized (BY_READER) {
      return BY_READER.computeIfAbsent(key, k -> new Bridges(reader, searcher));
    }
  }

  /**
   * The full form for a word, or null; {@code wordUnits} counts the units that have the word itself
   * and is asked only for a word that could be a short form.
   */
  Bridge lookup(String word, LongSupplier wordUnits) throws IOException {
    String w = CharMap.apply(word.strip());
    if (w.length() < 2 || w.length() > MAX_WORD || !allHan(w)) return null;
    Optional<Bridge> known = memo.get(w);
    if (known != null) return known.orElse(null);
    Bridge b = of(w, wordUnits.getAsLong());
    if (memo.size() >= MEMO) memo.clear();
    memo.put(w, Optional.ofNullable(b));
    return b;
  }

  /**
   * The full form for a word, or null when it has none, is not a short form, or the speeches write
   * the word itself as often.
   */
  private Bridge of(String w, long wordUnits) throws IOException {
    int longest = 2 * w.length() + MAX_EXTRA;
    String best = null;
    long bestUnits = wordUnits;
    // one index word
    for (Word t : startingWith(w.charAt(0), longest)) {
      if (t.text().length() > w.length() && fullFormOf(w, t.text()) && t.units() > bestUnits) {
        best = t.text();
        bestUnits = t.units();
      }
    }
    // two index words next to each other: the first holds the head of the word, the second its tail
    List<String[]> pairs = new ArrayList<>();
    List<Word> tails = mostUsed(endingWith(w.charAt(w.length() - 1)));
    for (Word a : mostUsed(startingWith(w.charAt(0), longest - 2))) {
      for (Word b : tails) {
        String joined = a.text() + b.text();
        if (joined.length() > longest || joined.equals(w) || !fullFormOf(w, joined)) continue;
        if (Math.min(a.units(), b.units()) <= bestUnits) continue;
        pairs.add(
            new String[] {a.text(), b.text(), String.valueOf(Math.min(a.units(), b.units()))});
      }
    }
    pairs.sort(Comparator.comparingLong((String[] p) -> Long.parseLong(p[2])).reversed());
    for (String[] p : pairs.subList(0, Math.min(PHRASES_CHECKED, pairs.size()))) {
      int n = searcher.count(new PhraseQuery(Schema.TEXT, p[0], p[1]));
      if (n > bestUnits) {
        best = p[0] + p[1];
        bestUnits = n;
      }
    }
    return best == null ? null : new Bridge(w, best);
  }

  /**
   * Whether {@code full} expands {@code word}: same first and last character, the word's characters
   * in order, and every character of the word in a different place.
   */
  static boolean fullFormOf(String word, String full) {
    if (full.charAt(0) != word.charAt(0)) return false;
    if (full.charAt(full.length() - 1) != word.charAt(word.length() - 1)) return false;
    int at = 0;
    for (int i = 0; i < full.length() && at < word.length(); i++) {
      if (full.charAt(i) == word.charAt(at)) at++;
    }
    return at == word.length();
  }

  private List<Word> startingWith(char first, int longest) throws IOException {
    List<Word> out = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(reader, Schema.TEXT);
    if (terms == null) return out;
    TermsEnum te = terms.iterator();
    BytesRef prefix = new BytesRef(String.valueOf(first));
    if (te.seekCeil(prefix) == TermsEnum.SeekStatus.END) return out;
    do {
      BytesRef b = te.term();
      if (!startsWith(b, prefix)) break;
      String t = b.utf8ToString();
      if (t.length() >= 2 && t.length() <= longest && te.docFreq() >= MIN_UNITS && allHan(t))
        out.add(new Word(t, te.docFreq()));
    } while (te.next() != null);
    return out;
  }

  private synchronized List<Word> endingWith(char last) throws IOException {
    if (byLast == null) {
      Map<Character, List<Word>> map = new HashMap<>();
      Terms terms = MultiTerms.getTerms(reader, Schema.TEXT);
      if (terms != null) {
        TermsEnum te = terms.iterator();
        for (BytesRef b = te.next(); b != null; b = te.next()) {
          if (te.docFreq() < MIN_UNITS) continue;
          String t = b.utf8ToString();
          if (t.length() < 2 || t.length() > 2 * MAX_WORD + MAX_EXTRA || !allHan(t)) continue;
          map.computeIfAbsent(t.charAt(t.length() - 1), c -> new ArrayList<>())
              .add(new Word(t, te.docFreq()));
        }
      }
      byLast = map;
    }
    return byLast.getOrDefault(last, List.of());
  }

  /** The {@link #PARTS} most used words of a list: bounds the pairs tried at a million measures. */
  private static List<Word> mostUsed(List<Word> words) {
    if (words.size() <= PARTS) return words;
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(Word::units).reversed());
    return sorted.subList(0, PARTS);
  }

  private static boolean allHan(String t) {
    for (int i = 0; i < t.length(); i++) if (!BigramAnalyzer.isPlainHan(t.charAt(i))) return false;
    return true;
  }

  private static boolean startsWith(BytesRef b, BytesRef prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if (b.bytes[b.offset + i] != prefix.bytes[prefix.offset + i]) return false;
    }
    return true;
  }
}
