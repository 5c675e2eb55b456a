package speechsearch.ingest.topic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import speechsearch.speech.Speech;
import speechsearch.speech.Topic;
import speechsearch.speech.Unit;
import speechsearch.vocabulary.Taxonomy;

/**
 * Labels a speech and every unit of it with at most three topics of the taxonomy, the main subject
 * first, each with the model's probability (docs/TOPICS.md). A measure is read as its heading and
 * text, a section as its whole subtree, a speech as everything; the headings above a unit are never
 * read.
 *
 * <p>The model scores every area, every topic, and every area "alone" (the unit is about the area
 * as a whole). A softmax over the areas and "no subject" gives the probability of each area; a
 * softmax over an area alone and its topics gives, within the area, which of them. The main subject
 * is the best label of the most probable area (nothing when "no subject" wins or the area is under
 * {@code mainThreshold}); then the best label of each other area of at least {@code
 * extraAreaThreshold}, and other topics of the main area of at least {@code extraTopicThreshold}
 * within it. A taxonomy label the model was not trained on is scored on its keywords alone.
 * Thread-safe.
 */
public final class TopicClassifier {
  private static final int MAX_LABELS = 3;

  private final Taxonomy taxonomy;
  private final TopicModel model;
  private final TopicLayout layout;
  private final TopicFeatures features;
  private final int[] modelIndex; // scorer -> the model's, or -1
  // each word's weights as our scorers, one row per word: text words, then heading words
  private final Rows text, head;
  private final double shareArea, shareTopic, headArea, headTopic, unseenBias;
  private final double mainThreshold, extraAreaThreshold, extraTopicThreshold;
  // the model's file text, made once: formatting 100,000 weights takes about a second
  private volatile String modelText;

  public TopicClassifier(Taxonomy taxonomy, TopicModel model) {
    this(taxonomy, model, null);
  }

  private TopicClassifier(Taxonomy taxonomy, TopicModel model, String modelText) {
    this.taxonomy = taxonomy;
    this.model = model;
    this.modelText = modelText;
    this.layout = new TopicLayout(taxonomy);
    List<String> names = layout.scorerNames();
    modelIndex = new int[names.size()];
    int[] scorerOf = new int[model.labels().size()];
    Arrays.fill(scorerOf, -1);
    for (int m = 0; m < names.size(); m++) {
      modelIndex[m] = model.labels().indexOf(names.get(m));
      if (modelIndex[m] >= 0) scorerOf[modelIndex[m]] = m;
    }
    text = new Rows(model.textWeights(), scorerOf);
    head = new Rows(model.headWeights(), scorerOf);
    features = new TopicFeatures(model.words(), layout.keywords(taxonomy));
    shareArea = model.param("keywordShareArea");
    shareTopic = model.param("keywordShareTopic");
    headArea = model.param("keywordHeadingArea");
    headTopic = model.param("keywordHeadingTopic");
    unseenBias = model.param("unseenBias");
    mainThreshold = model.param("mainThreshold");
    extraAreaThreshold = model.param("extraAreaThreshold");
    extraTopicThreshold = model.param("extraTopicThreshold");
  }

  /** The bundled taxonomy and model, read once: the classifier is immutable. */
  public static TopicClassifier bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    // the bundled file is in the form format() writes (TopicFilesTest), so its text is the model's
    static final TopicClassifier INSTANCE =
        new TopicClassifier(Taxonomy.bundled(), TopicModel.bundled(), TopicModel.bundledText());
  }

  /**
   * A taxonomy and a model from files, each the bundled one where its path is null. A file that
   * cannot be read or is malformed is an IOException naming it, and so is a model that knows none
   * of the taxonomy's labels.
   */
  public static TopicClassifier load(Path taxonomyFile, Path modelFile) throws IOException {
    if (taxonomyFile == null && modelFile == null) return bundled();
    Taxonomy t = taxonomyFile == null ? Taxonomy.bundled() : Taxonomy.load(taxonomyFile);
    TopicModel m = modelFile == null ? TopicModel.bundled() : TopicModel.load(modelFile);
    TopicClassifier c = new TopicClassifier(t, m);
    if (c.labelsWithoutModel().size() == t.labels().size()) {
      throw new IOException(
          "the topic model knows none of the taxonomy's labels"
              + (taxonomyFile == null ? "" : " in " + taxonomyFile)
              + ": train one for it (speech-search topics train)");
    }
    return c;
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  public TopicModel model() {
    return model;
  }

  /**
   * The model as its file's text ({@link TopicModel#format}), which a generation keeps and whose
   * SHA-256 it records.
   */
  public String modelText() {
    String t = modelText;
    if (t == null) modelText = t = model.format();
    return t;
  }

  public TopicFeatures features() {
    return features;
  }

  /** Taxonomy labels the model was not trained on: they score on their keywords alone. */
  public List<String> labelsWithoutModel() {
    List<String> out = new ArrayList<>();
    for (int l = 0; l < layout.labels.size(); l++) {
      if (modelIndex[l] < 0) out.add(layout.labels.get(l));
    }
    return out;
  }

  /** The speech with every unit and the speech itself labelled afresh. */
  public Speech label(Speech s) {
    Map<String, TopicFeatures.Vector> vectors = features.vectors(s);
    return s.withTopics(decide(probabilities(vectors.get(""))), label(s.sections(), vectors));
  }

  private List<Unit> label(List<Unit> units, Map<String, TopicFeatures.Vector> vectors) {
    List<Unit> out = new ArrayList<>(units.size());
    for (Unit u : units) {
      List<Topic> topics = decide(probabilities(vectors.get(u.id())));
      out.add(u.withTopics(topics, label(u.children(), vectors)));
    }
    return out;
  }

  /** The model's probabilities for a unit. */
  public TopicLayout.Probabilities probabilities(TopicFeatures.Vector v) {
    double[] s = new double[layout.scorers()];
    double[] f = TopicLayout.denseFeatures(v);
    for (int m = 0; m < s.length; m++) {
      int mi = modelIndex[m];
      if (mi >= 0) {
        float[] d = model.dense()[mi];
        s[m] = model.bias()[mi] + d[0] * f[0] + d[1] * f[1] + d[2] * f[2];
      } else {
        s[m] = layout.labelOf(m) >= 0 ? unseenBias : 0;
      }
      int label = layout.labelOf(m);
      if (label >= 0) {
        boolean area = layout.isArea(label);
        s[m] += (area ? shareArea : shareTopic) * v.keywordShare()[label];
        if (v.keywordInHeading()[label]) s[m] += area ? headArea : headTopic;
      }
    }
    text.add(s, v.words(), v.weights());
    head.add(s, v.headWords(), null);
    return layout.probabilities(s);
  }

  /**
   * Words' weights in flat arrays (row {@code w} from {@code start[w]} to {@code start[w + 1]}),
   * each scorer of the model already mapped to ours and those we lack left out: a unit's score is a
   * pass over its words' rows in memory order.
   */
  private static final class Rows {
    final int[] start, scorer;
    final float[] weight;

    Rows(TopicModel.Sparse[] rows, int[] scorerOf) {
      start = new int[rows.length + 1];
      List<Integer> sc = new ArrayList<>();
      List<Float> wt = new ArrayList<>();
      for (int w = 0; w < rows.length; w++) {
        for (int j = 0; j < rows[w].labels().length; j++) {
          int m = scorerOf[rows[w].labels()[j]];
          if (m < 0) continue;
          sc.add(m);
          wt.add(rows[w].weights()[j]);
        }
        start[w + 1] = sc.size();
      }
      scorer = sc.stream().mapToInt(Integer::intValue).toArray();
      weight = new float[wt.size()];
      for (int i = 0; i < weight.length; i++) weight[i] = wt.get(i);
    }

    /** Adds each word's weights times its value (a heading word: 1 / √ heading words). */
    void add(double[] s, int[] words, float[] values) {
      double headScale = words.length == 0 ? 0 : 1 / Math.sqrt(words.length);
      for (int k = 0; k < words.length; k++) {
        double x = values == null ? headScale : values[k];
        for (int j = start[words[k]], end = start[words[k] + 1]; j < end; j++) {
          s[scorer[j]] += weight[j] * x;
        }
      }
    }
  }

  /** At most three labels from the probabilities, the main subject first (see the class doc). */
  public List<Topic> decide(TopicLayout.Probabilities p) {
    return decide(p, mainThreshold, extraAreaThreshold, extraTopicThreshold);
  }

  /** The same with other thresholds: what the trainer tunes them with. */
  public List<Topic> decide(
      TopicLayout.Probabilities p, double mainThreshold, double extraArea, double extraTopic) {
    int best = -1;
    for (int a : layout.areas) if (best < 0 || p.area()[a] > p.area()[best]) best = a;
    if (best < 0 || p.area()[best] <= p.none() || p.area()[best] < mainThreshold) return List.of();
    List<double[]> picked = new ArrayList<>(); // label, joint probability
    int main = layout.bestWithin(p, best);
    picked.add(new double[] {main, p.area()[best] * p.within()[layout.scorerOfLabel(main)]});
    List<double[]> extra = new ArrayList<>();
    if (!layout.isArea(main)) {
      for (int t : layout.topicsOf[best]) {
        double within = p.within()[layout.scorerOfLabel(t)];
        if (t != main && within >= extraTopic) extra.add(new double[] {t, p.area()[best] * within});
      }
    }
    for (int a : layout.areas) {
      if (a == best || p.area()[a] < extraArea) continue;
      int l = layout.bestWithin(p, a);
      extra.add(new double[] {l, p.area()[a] * p.within()[layout.scorerOfLabel(l)]});
    }
    extra.sort((x, y) -> Double.compare(y[1], x[1]));
    picked.addAll(extra);
    List<Topic> out = new ArrayList<>(MAX_LABELS);
    for (double[] x : picked.subList(0, Math.min(MAX_LABELS, picked.size()))) {
      out.add(new Topic(layout.labels.get((int) x[0]), Math.round(x[1] * 1000) / 1000.0));
    }
    return out;
  }
}
