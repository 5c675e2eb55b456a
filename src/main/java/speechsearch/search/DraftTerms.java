package speechsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import speechsearch.analysis.CharMap;
import speechsearch.analysis.SpeechAnalyzer;
import speechsearch.index.Schema;

/**
 * The telling words of a draft, each weighted by its rarity, and how much of that weight a unit's
 * best window of sentences holds. A comparable measure is usually one or two sentences of a long
 * paragraph: scoring the best window rather than the whole text keeps an omnibus paragraph that
 * names every word somewhere from beating a focused measure that says the draft's point in one
 * place. Matching is by substring of the character-mapped text, so a word the index cut differently
 * inside a longer word (乡镇 in 乡镇中心幼儿园) still counts.
 */
final class DraftTerms {
  /** One telling word of the draft and its weight (BM25's idf over the text field). */
  record Weighted(String text, float weight) {}

  /**
   * A unit's best window: the share of the draft's weight it holds, the share the whole text holds,
   * and the draft's words and phrases it shares, most telling first.
   */
  record Match(float window, float whole, List<String> shared) {}

  /** Sentence ends for windows: a clause after 。；！？ or a line break stands on its own. */
  private static final String ENDS = "。；;！？!?\n";

  private final String draft;
  private final List<Weighted> terms;
  private final float total;

  private DraftTerms(String draft, List<Weighted> terms) {
    this.draft = draft;
    this.terms = terms;
    float sum = 0;
    for (Weighted t : terms) sum += t.weight();
    this.total = sum;
  }

  /**
   * The draft's distinct words of two or more characters in the text field, without those in more
   * than {@code maxShare} of the documents (发展, 加强: they carry nothing), heaviest first.
   */
  static DraftTerms of(IndexReader reader, Analyzer analyzer, String text, float maxShare)
      throws IOException {
    Map<String, Float> weights = new LinkedHashMap<>();
    long docs = Math.max(1, reader.numDocs());
    for (String t : SpeechAnalyzer.tokens(analyzer, text)) {
      if (t.length() < 2 || weights.containsKey(t)) continue;
      int df = reader.docFreq(new Term(Schema.TEXT, t));
      if (df == 0 || df > docs * maxShare) continue;
      weights.put(t, (float) Math.log(1 + (docs - df + 0.5) / (df + 0.5)));
    }
    List<Weighted> out = new ArrayList<>();
    for (var e : weights.entrySet()) out.add(new Weighted(e.getKey(), e.getValue()));
    out.sort(Comparator.comparingDouble(Weighted::weight).reversed());
    return new DraftTerms(CharMap.apply(text), List.copyOf(out));
  }

  List<Weighted> terms() {
    return terms;
  }

  /**
   * The best window of whole sentences of up to {@code windowChars} characters (a longer sentence
   * is a window of its own) and the words it shares with the draft.
   */
  Match match(String unitText, int windowChars) {
    if (total == 0 || unitText == null || unitText.isEmpty()) return new Match(0, 0, List.of());
    String text = CharMap.apply(unitText);
    List<int[]> sentences = sentences(text);
    float best = -1;
    int bestFrom = 0;
    int bestTo = text.length();
    for (int i = 0; i < sentences.size(); i++) {
      int from = sentences.get(i)[0];
      int to = sentences.get(i)[1];
      for (int j = i + 1; j < sentences.size() && sentences.get(j)[1] - from <= windowChars; j++)
        to = sentences.get(j)[1];
      float w = weightIn(text.substring(from, to));
      if (w > best) {
        best = w;
        bestFrom = from;
        bestTo = to;
      }
    }
    String window = text.substring(bestFrom, bestTo);
    return new Match(best / total, weightIn(text) / total, shared(window));
  }

  private float weightIn(String text) {
    float w = 0;
    for (Weighted t : terms) if (text.contains(t.text())) w += t.weight();
    return w;
  }

  private static List<int[]> sentences(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (ENDS.indexOf(text.charAt(i)) >= 0) {
        if (i + 1 - start > 1) out.add(new int[] {start, i + 1});
        start = i + 1;
      }
    }
    if (start < text.length()) out.add(new int[] {start, text.length()});
    if (out.isEmpty()) out.add(new int[] {0, text.length()});
    return out;
  }

  /**
   * The draft's telling words found in the window, each grown to the longest run of characters the
   * window and the draft share around it (乡镇 and 幼儿园 become 乡镇中心幼儿园 when both say so), heaviest
   * first, without repeats or runs inside longer ones.
   */
  private List<String> shared(String window) {
    List<String> out = new ArrayList<>();
    for (Weighted t : terms) {
      int at = window.indexOf(t.text());
      if (at < 0) continue;
      int from = at;
      int to = at + t.text().length();
      while (from > 0
          && Character.isLetterOrDigit(window.charAt(from - 1))
          && draft.contains(window.substring(from - 1, to))) from--;
      while (to < window.length()
          && Character.isLetterOrDigit(window.charAt(to))
          && draft.contains(window.substring(from, to + 1))) to++;
      String run = window.substring(from, to).strip();
      if (out.stream().noneMatch(s -> s.contains(run))) {
        out.removeIf(run::contains);
        out.add(run);
      }
    }
    return List.copyOf(out);
  }
}
