package speechsearch.ingest.topic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import speechsearch.vocabulary.DataFiles;

/**
 * The trained topic model: a linear scorer per area, per topic and per area alone over the words of
 * a unit, the words of its heading, its kind and length, and how much of it the label's keywords
 * cover, with shared weights for the keyword terms so that a label with few labelled units still
 * scores on its keywords; {@link TopicClassifier} turns the scores into probabilities. Read from
 * and written to a plain-text file ({@code topic-model.tsv}); {@code speech-search topics train}
 * makes it (docs/TOPICS.md). Immutable.
 *
 * @param labels the scorers: areas, AREA/TOPIC, and AREA/* (an area alone)
 * @param bias per label
 * @param dense per label: weights of [is section, is speech, log length / 8]
 * @param words the model's words (the analyzer's tokens it kept)
 * @param textWeights per word: sparse weights over labels, for the word in the unit's text
 * @param headWeights per word: sparse weights over labels, for the word in the unit's heading
 * @param params shared weights and the decision thresholds, by name (see {@link TopicClassifier})
 * @param taxonomySha256 the taxonomy file the model was trained with
 * @param provenance free-text lines: how and when it was made
 */
public record TopicModel(
    List<String> labels,
    float[] bias,
    float[][] dense,
    List<String> words,
    Sparse[] textWeights,
    Sparse[] headWeights,
    Map<String, Double> params,
    String taxonomySha256,
    List<String> provenance) {

  /** The name a generation keeps its model under, and the bundled resource's. */
  public static final String FILE_NAME = "topic-model.tsv";

  private static final String FORMAT = "speech-search topic model 1";

  /** Weights of one word over the labels it moves, label index ascending. */
  public record Sparse(int[] labels, float[] weights) {
    static final Sparse NONE = new Sparse(new int[0], new float[0]);
  }

  /** The decision thresholds (see {@link TopicClassifier}). */
  public static final List<String> THRESHOLDS =
      List.of("mainThreshold", "extraAreaThreshold", "extraTopicThreshold");

  /** The parameters the classifier needs; a model file without one of them is refused. */
  static final List<String> PARAMS =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of(
                  "keywordShareArea",
                  "keywordShareTopic",
                  "keywordHeadingArea",
                  "keywordHeadingTopic",
                  "unseenBias"),
              THRESHOLDS.stream())
          .toList();

  public double param(String name) {
    Double v = params.get(name);
    if (v == null) throw new IllegalArgumentException("no parameter " + name);
    return v;
  }

  /** The same model with some parameters changed (the trainer tunes thresholds this way). */
  public TopicModel withParams(Map<String, Double> changes) {
    Map<String, Double> p = new LinkedHashMap<>(params);
    p.putAll(changes);
    return new TopicModel(
        labels,
        bias,
        dense,
        words,
        textWeights,
        headWeights,
        java.util.Collections.unmodifiableMap(p),
        taxonomySha256,
        provenance);
  }

  /** The model bundled with the program. */
  public static TopicModel bundled() {
    return DataFiles.bundled(FILE_NAME, TopicModel::parse);
  }

  /** The bundled model's file text as it is. */
  static String bundledText() {
    return DataFiles.bundled(FILE_NAME, (bytes, name) -> DataFiles.utf8(bytes, name));
  }

  /** A model file; an unreadable, empty or malformed file is an IOException that says why. */
  public static TopicModel load(Path file) throws IOException {
    return parse(DataFiles.read(file, "topic model"), file.toString());
  }

  static TopicModel parse(byte[] bytes, String name) throws IOException {
    String text = DataFiles.utf8(bytes, "topic model " + name);
    if (text.isBlank()) throw new IOException("topic model " + name + " is empty");
    String[] lines = text.split("\r?\n");
    if (!lines[0].strip().equals("# " + FORMAT)) {
      throw new IOException(
          "topic model " + name + " does not start with '# " + FORMAT + "': not a model file");
    }
    List<String> labels = new ArrayList<>();
    List<float[]> labelRows = new ArrayList<>();
    List<String> words = new ArrayList<>();
    Map<String, Integer> wordIds = new HashMap<>();
    List<Sparse> text1 = new ArrayList<>();
    Map<Integer, Sparse> head = new HashMap<>();
    Map<String, Double> params = new LinkedHashMap<>();
    List<String> provenance = new ArrayList<>();
    String taxonomy = null;
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) continue;
      String where = "topic model " + name + " line " + (i + 1) + ": ";
      if (line.startsWith("#")) {
        provenance.add(line.substring(1).strip());
        continue;
      }
      String[] c = line.split("\t");
      try {
        switch (c[0]) {
          case "taxonomy" -> taxonomy = column(c, 1, where);
          case "param" -> params.put(column(c, 1, where), number(column(c, 2, where), where));
          case "label" -> {
            labels.add(column(c, 1, where));
            float[] row = new float[4];
            for (int k = 0; k < 4; k++) row[k] = (float) number(column(c, 2 + k, where), where);
            labelRows.add(row);
          }
          case "word" -> {
            String w = column(c, 1, where);
            if (wordIds.putIfAbsent(w, words.size()) != null) {
              throw new IOException(where + "the word " + w + " twice");
            }
            words.add(w);
            text1.add(sparse(c, labels.size(), where));
          }
          case "head" -> {
            Integer id = wordIds.get(column(c, 1, where));
            if (id == null) throw new IOException(where + "a head line for a word not listed");
            head.put(id, sparse(c, labels.size(), where));
          }
          default -> throw new IOException(where + "unknown line type '" + c[0] + "'");
        }
      } catch (NumberFormatException e) {
        throw new IOException(where + "not a number: " + e.getMessage());
      }
    }
    if (labels.isEmpty()) throw new IOException("topic model " + name + " has no labels");
    if (taxonomy == null) throw new IOException("topic model " + name + " names no taxonomy");
    for (String p : PARAMS) {
      if (!params.containsKey(p)) throw new IOException("topic model " + name + " lacks " + p);
    }
    float[] bias = new float[labels.size()];
    float[][] dense = new float[labels.size()][];
    for (int l = 0; l < labels.size(); l++) {
      bias[l] = labelRows.get(l)[0];
      dense[l] = java.util.Arrays.copyOfRange(labelRows.get(l), 1, 4);
    }
    Sparse[] heads = new Sparse[words.size()];
    for (int w = 0; w < heads.length; w++) heads[w] = head.getOrDefault(w, Sparse.NONE);
    return new TopicModel(
        List.copyOf(labels),
        bias,
        dense,
        List.copyOf(words),
        text1.toArray(Sparse[]::new),
        heads,
        java.util.Collections.unmodifiableMap(params),
        taxonomy,
        List.copyOf(provenance));
  }

  private static String column(String[] c, int i, String where) throws IOException {
    if (c.length <= i || c[i].isBlank())
      throw new IOException(where + "column " + (i + 1) + " missing");
    return c[i].strip();
  }

  private static double number(String s, String where) throws IOException {
    double v = Double.parseDouble(s);
    if (!Double.isFinite(v)) throw new IOException(where + "not a finite number: " + s);
    return v;
  }

  private static Sparse sparse(String[] c, int labelCount, String where) throws IOException {
    if (c.length < 3 || c[2].isBlank()) return Sparse.NONE;
    String[] pairs = c[2].strip().split(" ");
    int[] ls = new int[pairs.length];
    float[] ws = new float[pairs.length];
    for (int k = 0; k < pairs.length; k++) {
      String pair = pairs[k];
      int colon = pair.indexOf(':');
      if (colon < 0) throw new IOException(where + "a weight is LABEL:WEIGHT, not " + pair);
      ls[k] = Integer.parseInt(pair, 0, colon, 10);
      if (ls[k] < 0 || ls[k] >= labelCount) {
        throw new IOException(where + "label " + ls[k] + " is not one of the labels above");
      }
      double v = plainDecimal(pair, colon + 1);
      ws[k] = (float) (Double.isNaN(v) ? number(pair.substring(colon + 1), where) : v);
    }
    return new Sparse(ls, ws);
  }

  /**
   * A number written as {@link #format} writes weights ({@code -0.07785}: a sign, at most 15
   * digits, a point), read without Double.parseDouble, which is most of loading a model of 100,000
   * weights; NaN for anything else, which the caller then reads the general way. Exact: the digits
   * and the power of ten are both exact doubles, so their quotient is the correctly rounded value,
   * as parseDouble's is.
   */
  static double plainDecimal(String s, int from) {
    int i = from, end = s.length();
    boolean negative = i < end && s.charAt(i) == '-';
    if (negative) i++;
    long digits = 0;
    int count = 0, scale = -1;
    for (; i < end; i++) {
      char ch = s.charAt(i);
      if (ch >= '0' && ch <= '9') {
        if (++count > 15) return Double.NaN;
        digits = digits * 10 + (ch - '0');
        if (scale >= 0) scale++;
      } else if (ch == '.' && scale < 0) {
        scale = 0;
      } else {
        return Double.NaN;
      }
    }
    if (count == 0) return Double.NaN;
    double v = scale <= 0 ? digits : digits / POWERS_OF_TEN[scale];
    return negative ? -v : v;
  }

  private static final double[] POWERS_OF_TEN = new double[16];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int k = 1; k < POWERS_OF_TEN.length; k++) POWERS_OF_TEN[k] = POWERS_OF_TEN[k - 1] * 10;
  }

  /** The model as its file's text. */
  public String format() {
    StringBuilder sb = new StringBuilder("# ").append(FORMAT).append('\n');
    for (String p : provenance) sb.append("# ").append(p).append('\n');
    sb.append("taxonomy\t").append(taxonomySha256).append('\n');
    params.forEach(
        (k, v) -> sb.append("param\t").append(k).append('\t').append(num(v)).append('\n'));
    for (int l = 0; l < labels.size(); l++) {
      sb.append("label\t").append(labels.get(l)).append('\t').append(num(bias[l]));
      for (float d : dense[l]) sb.append('\t').append(num(d));
      sb.append('\n');
    }
    for (int w = 0; w < words.size(); w++) line(sb, "word", words.get(w), textWeights[w]);
    for (int w = 0; w < words.size(); w++) {
      if (headWeights[w].labels().length > 0) line(sb, "head", words.get(w), headWeights[w]);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String type, String word, Sparse s) {
    sb.append(type).append('\t').append(word).append('\t');
    for (int k = 0; k < s.labels().length; k++) {
      if (k > 0) sb.append(' ');
      sb.append(s.labels()[k]).append(':').append(num(s.weights()[k]));
    }
    sb.append('\n');
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }

  /** SHA-256 of the model's file text: what a generation records. */
  public String sha256() {
    return DataFiles.sha256(format().getBytes(StandardCharsets.UTF_8));
  }
}
