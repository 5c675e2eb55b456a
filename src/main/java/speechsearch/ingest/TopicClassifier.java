package speechsearch.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Assigns 1–3 topics ({@code area/topic}) to a unit by keyword hits against the taxonomy in {@code
 * topics.tsv}. A hit in the unit's heading weighs most, one in its own text less, one in the
 * headings of the sections above it least, so a terse measure ("一是加强培训") inherits its section's
 * topic without overriding what it says itself. Thread-safe once built.
 */
public final class TopicClassifier {

  private static final String DEFAULT_RESOURCE = "/topics.tsv";
  private static final double HEADING_WEIGHT = 3.0;
  private static final double TEXT_WEIGHT = 1.0;
  private static final double CONTEXT_WEIGHT = 0.5;
  // A keyword repeated all through a long measure should not drown out the others.
  private static final int MAX_TEXT_HITS_PER_KEYWORD = 3;
  private static final double KEEP_FRACTION = 0.5;
  private static final int MAX_TOPICS = 3;
  private static final Pattern KEYWORD_SEPARATORS = Pattern.compile("[\\s,，、;；]+");

  private final List<String> topics; // area/topic in file order
  private final int[][] topicsOfKeyword;
  private final double[] keywordWeight;
  private final KeywordMatcher matcher;

  private TopicClassifier(Reader source) throws IOException {
    List<String> topicList = new ArrayList<>();
    Map<String, List<Integer>> keywords = new LinkedHashMap<>();
    BufferedReader in = new BufferedReader(source);
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
      String[] cols = line.contains("\t") ? line.split("\t", 3) : trimmed.split("\\s+", 3);
      if (cols.length < 3) throw new IOException("topics: need area, topic, keywords: " + line);
      String topic = cols[0].strip() + "/" + cols[1].strip();
      int id = topicList.indexOf(topic);
      if (id < 0) {
        id = topicList.size();
        topicList.add(topic);
      }
      for (String k : KEYWORD_SEPARATORS.split(cols[2].strip())) {
        if (k.isEmpty()) continue;
        List<Integer> ids = keywords.computeIfAbsent(k, x -> new ArrayList<>());
        if (!ids.contains(id)) ids.add(id);
      }
    }
    topics = List.copyOf(topicList);
    List<String> words = new ArrayList<>(keywords.keySet());
    topicsOfKeyword = new int[words.size()][];
    keywordWeight = new double[words.size()];
    for (int k = 0; k < words.size(); k++) {
      topicsOfKeyword[k] =
          keywords.get(words.get(k)).stream().mapToInt(Integer::intValue).toArray();
      // Longer keywords are more specific: 校园欺凌 says more than 安全.
      keywordWeight[k] = words.get(k).length() >= 3 ? 1.5 : 1.0;
    }
    matcher = new KeywordMatcher(words);
  }

  /** The taxonomy bundled as {@code topics.tsv} on the classpath. */
  public static TopicClassifier loadDefault() {
    try (InputStream in = TopicClassifier.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      return new TopicClassifier(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  /** A user taxonomy in the same format; it replaces the default rather than adding to it. */
  public static TopicClassifier load(Path userFile) throws IOException {
    try (Reader in = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
      return new TopicClassifier(in);
    }
  }

  /** Every topic as {@code area/topic}, in file order (for facets). */
  public List<String> allTopics() {
    return topics;
  }

  /**
   * Up to three topics in descending score, each scoring at least half the best. Empty when neither
   * the unit nor its context headings mention any keyword.
   *
   * @param contextHeadings headings of the enclosing sections, outermost first; may be empty
   */
  public List<String> classify(String heading, String text, List<String> contextHeadings) {
    double[] scores = new double[topics.size()];
    score(heading, HEADING_WEIGHT, Integer.MAX_VALUE, scores);
    score(text, TEXT_WEIGHT, MAX_TEXT_HITS_PER_KEYWORD, scores);
    if (contextHeadings != null) {
      for (String h : contextHeadings) score(h, CONTEXT_WEIGHT, Integer.MAX_VALUE, scores);
    }
    return top(scores);
  }

  private List<String> top(double[] scores) {
    double best = 0;
    for (double s : scores) best = Math.max(best, s);
    List<String> result = new ArrayList<>(MAX_TOPICS);
    if (best <= 0) return result;
    boolean[] taken = new boolean[scores.length];
    while (result.size() < MAX_TOPICS) {
      int pick = -1;
      for (int i = 0; i < scores.length; i++) {
        // Ties keep file order, so the result is stable.
        if (!taken[i]
            && scores[i] >= best * KEEP_FRACTION
            && (pick < 0 || scores[i] > scores[pick])) {
          pick = i;
        }
      }
      if (pick < 0) break;
      taken[pick] = true;
      result.add(topics.get(pick));
    }
    return result;
  }

  private void score(String text, double weight, int maxHitsPerKeyword, double[] scores) {
    if (text == null || text.isEmpty()) return;
    int[] counts = maxHitsPerKeyword == Integer.MAX_VALUE ? null : new int[keywordWeight.length];
    // Count only maximal matches: 乡村教师 once, not again as 教师 inside it. The automaton reports
    // the longest match ending at each position first; a later match that starts no later than the
    // pending one contains it and replaces it.
    int[] pending = {-1, -1, -1}; // keyword, start, end
    matcher.scan(
        text,
        (k, start, end) -> {
          if (end == pending[2]) return; // a shorter suffix of the match just seen
          if (pending[0] >= 0 && start > pending[1])
            add(pending[0], weight, counts, maxHitsPerKeyword, scores);
          pending[0] = k;
          pending[1] = start;
          pending[2] = end;
        });
    if (pending[0] >= 0) add(pending[0], weight, counts, maxHitsPerKeyword, scores);
  }

  private void add(int k, double weight, int[] counts, int max, double[] scores) {
    if (counts != null && ++counts[k] > max) return;
    for (int t : topicsOfKeyword[k]) scores[t] += weight * keywordWeight[k];
  }

  /**
   * A topic filter value as its facet path: "教育" (an area), "教育/教师队伍建设", or a topic name alone
   * ("教师队伍建设"); empty when the taxonomy has no such area or topic.
   */
  public java.util.Optional<String[]> pathOf(String value) {
    String v = value.strip();
    if (v.contains("/")) return java.util.Optional.of(v.split("/", 2));
    for (String full : allTopics()) {
      String[] parts = full.split("/", 2);
      if (parts[0].equals(v)) return java.util.Optional.of(new String[] {v});
      if (parts.length == 2 && parts[1].equals(v)) return java.util.Optional.of(parts);
    }
    return java.util.Optional.empty();
  }
}
