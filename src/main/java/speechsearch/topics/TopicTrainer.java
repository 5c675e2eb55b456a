package speechsearch.topics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import speechsearch.analysis.SpeechAnalyzer;
import speechsearch.ingest.topic.TopicClassifier;
import speechsearch.ingest.topic.TopicFeatures;
import speechsearch.ingest.topic.TopicLayout;
import speechsearch.ingest.topic.TopicModel;
import speechsearch.speech.Speech;
import speechsearch.speech.Topic;
import speechsearch.speech.Unit;
import speechsearch.vocabulary.Taxonomy;

/**
 * Fits the topic model on labelled units: the vocabulary is the analyzer's tokens (two or more
 * characters, at least one Han) found in at least {@code minDf} of the units fitted on; each label
 * (area or topic) gets a logistic regression over the unit's words, heading words, kind and length,
 * with the keyword terms and a common bias shared by all labels; full-batch Adam with L2. The
 * decision thresholds are tuned on out-of-fold probabilities of the fitting units (folds by
 * speech), never on held-out units. Small weights are dropped from the file.
 */
public final class TopicTrainer {

  /** What a fit depends on besides the data; the model file records them. */
  public record Settings(
      int minDf, double l2, double l2Bias, int iterations, double learningRate, double prune) {
    public static final Settings DEFAULT = new Settings(2, 3e-5, 1e-3, 500, 0.05, 0.1);
  }

  private final Taxonomy taxonomy;
  private final Analyzer analyzer;
  private final Settings settings;
  private final List<String> labels;
  private final TopicLayout layout;
  private final Map<Found, Set<String>> tokens = new HashMap<>();
  private TopicClassifier decider; // decides with any thresholds: its own weights do not matter

  private record Found(String speech, String unit) {}

  /** A labelled unit ready to fit: its speech and unit, its labels as taxonomy label indexes. */
  record Example(LabelledSet.Found found, List<Integer> labels) {}

  public TopicTrainer(Taxonomy taxonomy, Analyzer analyzer, Settings settings) {
    this.taxonomy = taxonomy;
    this.analyzer = analyzer;
    this.settings = settings;
    this.labels = taxonomy.labels();
    this.layout = new TopicLayout(taxonomy);
  }

  Example example(LabelledSet.Found f) {
    return new Example(f, f.labelled().labels().stream().map(labels::indexOf).toList());
  }

  /** The result of a training run: the model and the figures of its tuning. */
  public record Result(TopicModel model, Scores crossValidated, List<String> log) {}

  /** Out-of-fold probabilities of each unit, from fits on the other folds. */
  record CrossValidation(List<Example> examples, List<TopicLayout.Probabilities> probabilities) {}

  /** Probabilities of each unit from {@code folds} fits that did not see it. */
  CrossValidation crossValidate(List<LabelledSet.Found> units, int folds, List<String> log) {
    List<Example> all = units.stream().map(this::example).toList();
    // folds by speech, and two speeches of one year, level and place in one fold: a section's text
    // holds its children's, and the corpus has some reports from two sources
    List<String> groups =
        new ArrayList<>(new TreeSet<>(all.stream().map(e -> group(e.found().speech())).toList()));
    java.util.Collections.shuffle(groups, new java.util.Random(14));
    Map<String, Integer> foldOf = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) foldOf.put(groups.get(i), i % folds);
    TopicLayout.Probabilities[] outOfFold = new TopicLayout.Probabilities[all.size()];
    for (int k = 0; k < folds; k++) {
      List<Example> fit = new ArrayList<>();
      List<Integer> held = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        if (foldOf.get(group(all.get(i).found().speech())) == k) held.add(i);
        else fit.add(all.get(i));
      }
      TopicClassifier c = new TopicClassifier(taxonomy, fit(fit, Map.of(), List.of()));
      for (int i : held) outOfFold[i] = probabilities(c, all.get(i).found());
      log.add(
          String.format(
              Locale.ROOT, "fold %d: fitted on %d, predicted %d", k + 1, fit.size(), held.size()));
    }
    return new CrossValidation(all, List.of(outOfFold));
  }

  /**
   * Fits on the units, tunes the thresholds by {@code folds}-fold cross-validation over them, and
   * returns the model fitted on all of them with those thresholds.
   */
  public Result train(List<LabelledSet.Found> units, int folds, List<String> provenance) {
    List<String> log = new ArrayList<>();
    CrossValidation cv = crossValidate(units, folds, log);
    double[] best = tune(cv, log);
    Map<String, Double> thresholds = new LinkedHashMap<>();
    for (int k = 0; k < best.length; k++) thresholds.put(TopicModel.THRESHOLDS.get(k), best[k]);
    TopicModel model = fit(cv.examples(), thresholds, provenance);
    return new Result(model, score(cv, best), log);
  }

  /** The cross-validated figures at these thresholds. */
  Scores score(CrossValidation cv, double[] thresholds) {
    if (decider == null)
      decider = new TopicClassifier(taxonomy, fit(List.of(), Map.of(), List.of()));
    Scores s = new Scores(taxonomy);
    for (int i = 0; i < cv.examples().size(); i++) {
      LabelledSet.Labelled l = cv.examples().get(i).found().labelled();
      TopicLayout.Probabilities p = cv.probabilities().get(i);
      s.add(
          l.labels(),
          l.main(),
          names(decider.decide(p, thresholds[0], thresholds[1], thresholds[2])));
    }
    return s;
  }

  private static String group(Speech s) {
    return s.year() + "|" + s.region().level() + "|" + s.region().province();
  }

  static List<String> names(List<Topic> topics) {
    return topics.stream().map(Topic::label).toList();
  }

  static TopicLayout.Probabilities probabilities(TopicClassifier c, LabelledSet.Found f) {
    return c.probabilities(c.features().vectors(f.speech()).get(f.id()));
  }

  /** The thresholds that maximise precision + main-subject recall + area on these predictions. */
  double[] tune(CrossValidation cv, List<String> log) {
    double bestScore = -1;
    double[] best = null;
    Scores bestScores = null;
    for (double a = 0; a <= 0.4; a += 0.05) {
      for (double t = 0.05; t <= 0.95; t += 0.05) {
        for (double x = 0.05; x <= 0.95; x += 0.05) {
          double[] candidate = {round(a), round(t), round(x)};
          Scores s = score(cv, candidate);
          if (s.objective() > bestScore + 1e-9) {
            bestScore = s.objective();
            best = candidate;
            bestScores = s;
          }
        }
      }
    }
    log.add("thresholds main " + best[0] + ", extra area " + best[1] + ", extra topic " + best[2]);
    log.add("cross-validated at those thresholds: " + bestScores);
    return best;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  /** The texts whose tokens make the vocabulary: a unit's own and everything under it. */
  private Set<String> tokensOf(LabelledSet.Found f) throws IOException {
    Found key = new Found(f.speech().id(), f.id());
    Set<String> t = tokens.get(key);
    if (t != null) return t;
    StringBuilder sb = new StringBuilder();
    if (f.unit() == null) {
      Speech s = f.speech();
      sb.append(s.title() == null ? "" : s.title()).append('\n').append(s.preamble()).append('\n');
      text(s.sections(), sb);
      sb.append(s.closing());
    } else {
      text(List.of(f.unit()), sb);
    }
    t = new HashSet<>();
    for (String token : SpeechAnalyzer.tokens(analyzer, sb.toString())) {
      if (token.length() >= 2 && token.codePoints().anyMatch(TopicTrainer::han)) t.add(token);
    }
    tokens.put(key, t);
    return t;
  }

  private static boolean han(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static void text(List<Unit> units, StringBuilder sb) {
    for (Unit u : units) {
      sb.append(u.text()).append('\n');
      text(u.children(), sb);
      sb.append(u.tail()).append('\n');
    }
  }

  List<String> vocabulary(List<Example> examples) {
    Map<String, Integer> df = new HashMap<>();
    for (Example e : examples) {
      try {
        for (String t : tokensOf(e.found())) df.merge(t, 1, Integer::sum);
      } catch (IOException ex) {
        throw new java.io.UncheckedIOException(ex);
      }
    }
    return df.entrySet().stream()
        .filter(x -> x.getValue() >= settings.minDf())
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** Fits a model on the examples; thresholds default to 0.5 when not given. */
  TopicModel fit(List<Example> examples, Map<String, Double> thresholds, List<String> provenance) {
    List<String> words = vocabulary(examples);
    Fit fit = new Fit(layout, words.size(), settings);
    if (examples.isEmpty()) return fit.model(taxonomy, words, thresholds, provenance);
    TopicFeatures features =
        new TopicClassifier(taxonomy, fit.model(taxonomy, words, thresholds, provenance))
            .features();
    List<TopicFeatures.Vector> vectors = new ArrayList<>();
    List<double[]> targets = new ArrayList<>();
    Map<String, Map<String, TopicFeatures.Vector>> bySpeech = new HashMap<>();
    for (Example e : examples) {
      Speech s = e.found().speech();
      Map<String, TopicFeatures.Vector> v =
          bySpeech.computeIfAbsent(s.id(), x -> features.vectors(s));
      vectors.add(v.get(e.found().id()));
      targets.add(fit.target(e.labels()));
    }
    return fit.run(vectors, targets).model(taxonomy, words, thresholds, provenance);
  }

  public static String describe(Settings s) {
    return Arrays.toString(
        new Object[] {
          "minDf " + s.minDf(),
          "l2 " + s.l2(),
          "l2Bias " + s.l2Bias(),
          "iterations " + s.iterations(),
          "learningRate " + s.learningRate(),
          "prune " + s.prune()
        });
  }
}
