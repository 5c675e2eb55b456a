package speechsearch.ingest.topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import speechsearch.ingest.text.KeywordMatcher;
import speechsearch.speech.Speech;
import speechsearch.speech.Unit;

/**
 * What the topic model reads of a unit: the model's words in its text and in its heading, and how
 * much of its text each label's keywords cover. The words are the analyzer's (the trainer picks
 * them from SmartCN's tokens of the labelled units); here they are found with one automaton pass
 * over the text instead of segmenting it again, which keeps labelling a small part of a reindex. A
 * word counts where it does not lie inside a longer word of the model, a keyword where it does not
 * lie inside a longer keyword: the two lists are matched in the same pass but apart, so a keyword
 * (乡村教师) never hides a word (教师) from the model. Training and labelling both read units through
 * this class, so they see the same features. Thread-safe.
 */
public final class TopicFeatures {

  /** Kinds of unit, as the model tells them apart. */
  public static final int MEASURE = 0, SECTION = 1, SPEECH = 2;

  /**
   * Matches in one text: model word ids and their counts, keyword entries and their counts (each in
   * the order first found), and the text's length.
   */
  public record Counts(
      int[] words, int[] wordCounts, int[] keywords, int[] keywordCounts, int chars) {
    static final Counts EMPTY = new Counts(new int[0], new int[0], new int[0], new int[0], 0);
  }

  /**
   * A unit as the model sees it.
   *
   * @param words model word ids in the whole text, with {@code log(1 + count)} weights scaled to
   *     unit length
   * @param headWords model word ids in the unit's own heading
   * @param keywordShare per label: the square root of the share of the unit's characters its
   *     keywords cover (an area's keywords include its topics')
   * @param keywordInHeading per label: whether the heading has one of its keywords
   * @param kind {@link #MEASURE}, {@link #SECTION} or {@link #SPEECH}
   * @param chars characters of the whole unit
   */
  public record Vector(
      int[] words,
      float[] weights,
      int[] headWords,
      float[] keywordShare,
      boolean[] keywordInHeading,
      int kind,
      int chars) {}

  private final KeywordMatcher matcher;
  private final int[] longest; // per automaton node: the longest word and keyword ending there
  private final int[] wordOf; // entry -> model word id, or -1
  private final int[] keywordOf; // entry -> keyword id, or -1
  private final int[] keywordLength; // keyword id -> characters
  private final int[][] labelsOf; // keyword id -> labels it is a keyword of
  private final int labels;

  /**
   * @param words the model's words, in the model's order
   * @param keywordsOfLabel for each label, in order, its keywords (an area's with its topics')
   */
  public TopicFeatures(List<String> words, List<List<String>> keywordsOfLabel) {
    Map<String, Integer> entries = new LinkedHashMap<>();
    for (String w : words) entries.putIfAbsent(w, entries.size());
    Map<String, List<Integer>> keywords = new LinkedHashMap<>();
    for (int l = 0; l < keywordsOfLabel.size(); l++) {
      for (String k : keywordsOfLabel.get(l)) {
        entries.putIfAbsent(k, entries.size());
        List<Integer> ls = keywords.computeIfAbsent(k, x -> new ArrayList<>());
        if (!ls.contains(l)) ls.add(l);
      }
    }
    wordOf = new int[entries.size()];
    keywordOf = new int[entries.size()];
    Arrays.fill(wordOf, -1);
    Arrays.fill(keywordOf, -1);
    for (int i = 0; i < words.size(); i++) wordOf[entries.get(words.get(i))] = i;
    keywordLength = new int[keywords.size()];
    labelsOf = new int[keywords.size()][];
    int k = 0;
    for (Map.Entry<String, List<Integer>> e : keywords.entrySet()) {
      keywordOf[entries.get(e.getKey())] = k;
      keywordLength[k] = e.getKey().length();
      labelsOf[k++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
    }
    labels = keywordsOfLabel.size();
    matcher = new KeywordMatcher(new ArrayList<>(entries.keySet()));
    int[] classes = new int[entries.size()];
    for (int e = 0; e < classes.length; e++) {
      classes[e] = (wordOf[e] >= 0 ? 1 : 0) | (keywordOf[e] >= 0 ? 2 : 0);
    }
    longest = matcher.longestByClass(classes, 2);
  }

  /**
   * The vector of the speech (under the key "") and of each unit (under its id): a measure is its
   * heading and text, a section its whole subtree (its tail too), the speech all of it with its
   * title as heading, the appendix (endnotes, attachments) left out. Each text is scanned once; a
   * section adds up its children's counts.
   */
  public Map<String, Vector> vectors(Speech s) {
    Map<String, Vector> out = new HashMap<>();
    List<Counts> all = new ArrayList<>();
    all.add(count(s.preamble()));
    units(s.sections(), all, out);
    all.add(count(s.closing()));
    out.put("", vector(sum(all), count(s.title()), SPEECH));
    return out;
  }

  /** Adds each unit's vector to {@code out} and the counts of its whole text to {@code parent}. */
  private void units(List<Unit> units, List<Counts> parent, Map<String, Vector> out) {
    for (Unit u : units) {
      List<Counts> mine = new ArrayList<>();
      mine.add(count(u.text()));
      units(u.children(), mine, out);
      if (!u.tail().isEmpty()) mine.add(count(u.tail())); // a section's text after its last child
      Counts whole = sum(mine);
      int kind = u.children().isEmpty() ? MEASURE : SECTION;
      out.put(u.id(), vector(whole, count(u.heading()), kind));
      parent.add(whole);
    }
  }

  /** The words and keywords of a text. */
  public Counts count(String text) {
    if (text == null || text.isEmpty()) return Counts.EMPTY;
    Hits hits = new Hits();
    matcher.scanLongest(text, longest, 2, hits);
    hits.words.flush();
    hits.keywords.flush();
    int[][] w = tally(hits.words.found, hits.words.n, true);
    int[][] k = tally(hits.keywords.found, hits.keywords.n, false);
    return new Counts(w[0], w[1], k[0], k[1], text.length());
  }

  /**
   * Sends the longest word and the longest keyword ending at each position to the word list's and
   * the keyword list's own maximal filter (class 0: words, class 1: keywords).
   */
  private final class Hits implements KeywordMatcher.ClassHits {
    final Maximal words = new Maximal();
    final Maximal keywords = new Maximal();

    @Override
    public void hit(int cls, int entry, int start, int end) {
      if (cls == 0) words.hit(wordOf[entry], start, end);
      else keywords.hit(keywordOf[entry], start, end);
    }
  }

  /**
   * Keeps maximal matches of one list: it is given the longest match ending at each position, and a
   * later match that starts no later than the pending one contains it and replaces it.
   */
  private static final class Maximal {
    int[] found = new int[32];
    int n;
    int pending = -1, start = -1, end = -1;

    void hit(int k, int s, int e) {
      if (e == end) return; // a shorter suffix of the match just seen
      if (pending >= 0 && s > start) add(pending);
      pending = k;
      start = s;
      end = e;
    }

    void flush() {
      if (pending >= 0) add(pending);
      pending = -1;
    }

    private void add(int k) {
      if (n == found.length) found = Arrays.copyOf(found, n * 2);
      found[n++] = k;
    }
  }

  /** Distinct ids (ascending if {@code sorted}) and how often each occurs. */
  private static int[][] tally(int[] found, int n, boolean sorted) {
    Scratch sc = SCRATCH.get();
    for (int i = 0; i < n; i++) sc.add(found[i], 1);
    return sc.drain(sorted);
  }

  /** The counts of several texts together (a section's own text and its children's). */
  public static Counts sum(List<Counts> parts) {
    if (parts.size() == 1) return parts.get(0);
    int chars = 0;
    Scratch sc = SCRATCH.get();
    for (Counts c : parts) {
      chars += c.chars();
      for (int j = 0; j < c.words().length; j++) sc.add(c.words()[j], c.wordCounts()[j]);
    }
    int[][] words = sc.drain(true);
    for (Counts c : parts) {
      for (int j = 0; j < c.keywords().length; j++) sc.add(c.keywords()[j], c.keywordCounts()[j]);
    }
    int[][] keywords = sc.drain(false);
    return new Counts(words[0], words[1], keywords[0], keywords[1], chars);
  }

  /**
   * Counts by id in a dense array, and the ids touched: adding up is then a pass over the matches
   * and a sort of the distinct ids only. One per thread, grown to the largest id seen.
   */
  private static final class Scratch {
    int[] counts = new int[1024];
    int[] touched = new int[256];
    int n;

    void add(int id, int count) {
      if (id >= counts.length) counts = Arrays.copyOf(counts, Math.max(id + 1, counts.length * 2));
      if (counts[id] == 0) {
        if (n == touched.length) touched = Arrays.copyOf(touched, n * 2);
        touched[n++] = id;
      }
      counts[id] += count;
    }

    /**
     * The ids added and their counts; empties the scratch. Word ids come ascending, so that scoring
     * reads the model's rows in memory order (in a reindex, out of order made scoring half as dear
     * again); keyword ids are only added up, in any order.
     */
    int[][] drain(boolean sorted) {
      int[] ids = Arrays.copyOf(touched, n);
      if (sorted) Arrays.sort(ids);
      int[] c = new int[n];
      for (int i = 0; i < n; i++) {
        c[i] = counts[ids[i]];
        counts[ids[i]] = 0;
      }
      n = 0;
      return new int[][] {ids, c};
    }
  }

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** {@code log(1 + n)} for the small counts that are nearly all of them. */
  private static final float[] LOG1P = new float[256];

  static {
    for (int i = 0; i < LOG1P.length; i++) LOG1P[i] = (float) Math.log1p(i);
  }

  /** The vector of a unit from the counts of its whole text and of its own heading. */
  public Vector vector(Counts text, Counts heading, int kind) {
    int[] words = text.words().clone();
    float[] weights = new float[words.length];
    double norm = 0;
    for (int j = 0; j < words.length; j++) {
      int c = text.wordCounts()[j];
      weights[j] = c < LOG1P.length ? LOG1P[c] : (float) Math.log1p(c);
      norm += weights[j] * weights[j];
    }
    if (norm > 0) {
      float scale = (float) (1 / Math.sqrt(norm));
      for (int j = 0; j < weights.length; j++) weights[j] *= scale;
    }
    float[] share = new float[labels];
    for (int j = 0; j < text.keywords().length; j++) {
      int k = text.keywords()[j];
      for (int l : labelsOf[k]) share[l] += text.keywordCounts()[j] * keywordLength[k];
    }
    if (text.chars() > 0) {
      for (int l = 0; l < labels; l++) {
        share[l] = (float) Math.sqrt(Math.min(1, share[l] / (double) text.chars()));
      }
    }
    boolean[] inHeading = new boolean[labels];
    for (int k : heading.keywords()) for (int l : labelsOf[k]) inHeading[l] = true;
    return new Vector(words, weights, heading.words(), share, inHeading, kind, text.chars());
  }
}
