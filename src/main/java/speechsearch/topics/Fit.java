package speechsearch.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import speechsearch.ingest.topic.TopicClassifier;
import speechsearch.ingest.topic.TopicFeatures;
import speechsearch.ingest.topic.TopicLayout;
import speechsearch.ingest.topic.TopicModel;
import speechsearch.vocabulary.Taxonomy;

/**
 * One fit of the model's weights. Each scorer (an area, an area's "area alone" {@code AREA/*}, a
 * topic) is linear in the unit's features, computed exactly as {@link TopicClassifier} computes it.
 * The loss is the cross-entropy of two softmaxes against the labels: over the areas and "no
 * subject" (the target spreads over the unit's labels, the main subject weighing twice any other),
 * and, for each area among the labels, over the area alone and its topics, weighted by the area's
 * share. L2 on every weight, full-batch Adam.
 */
final class Fit {
  private final TopicLayout layout;
  private final int scorers, words;
  private final TopicTrainer.Settings settings;
  private final double[] w, u; // [word * scorers + scorer]: text words, heading words
  private final double[] bias, dense; // [scorer], [scorer * 3 + k]
  private final double[] shared = new double[4]; // keyword share and heading, areas and topics
  private int step;
  private final Adam adamW, adamU, adamBias, adamDense, adamShared;

  Fit(TopicLayout layout, int words, TopicTrainer.Settings settings) {
    this.layout = layout;
    this.scorers = layout.scorers();
    this.words = words;
    this.settings = settings;
    w = new double[words * scorers];
    u = new double[words * scorers];
    bias = new double[scorers];
    dense = new double[scorers * 3];
    adamW = new Adam(w.length);
    adamU = new Adam(u.length);
    adamBias = new Adam(scorers);
    adamDense = new Adam(dense.length);
    adamShared = new Adam(shared.length);
  }

  /**
   * The targets of a unit from its labels (taxonomy label indexes, main subject first): per scorer,
   * the area softmax's target at area scorers and each within-area softmax's target at the area's
   * "area alone" and topic scorers.
   */
  double[] target(List<Integer> labels) {
    double[] q = new double[scorers];
    if (labels.isEmpty()) return q;
    double[] weight = new double[labels.size()];
    double sum = 0;
    for (int r = 0; r < labels.size(); r++) sum += weight[r] = r == 0 ? 2 : 1;
    for (int r = 0; r < labels.size(); r++) {
      int l = labels.get(r);
      int area = layout.areaOf(l);
      q[layout.areaScorer(area)] += weight[r] / sum;
      int inside = layout.isArea(l) ? layout.aloneScorer(area) : layout.topicScorer(l);
      q[inside] += weight[r] / sum;
    }
    // the within-area targets sum to one in each area
    for (int a : layout.areas()) {
      double share = q[layout.areaScorer(a)];
      if (share == 0) continue;
      for (int m : layout.within(a)) q[m] /= share;
    }
    return q;
  }

  /**
   * The units' gradient is summed in this many fixed chunks, on as many threads as there are
   * processors, then added up in chunk order: the fit is the same on any machine, and a two-core
   * machine fits in about half the time.
   */
  private static final int CHUNKS = 4;

  /** One chunk's gradient buffers. */
  private final class Gradient {
    final double[] w = new double[Fit.this.w.length], u = new double[Fit.this.u.length];
    final double[] bias = new double[scorers], dense = new double[Fit.this.dense.length];
    final double[] shared = new double[Fit.this.shared.length];
    final double[] s = new double[scorers], g = new double[scorers];
    final int[] nonzero = new int[scorers];

    void clear() {
      Arrays.fill(w, 0);
      Arrays.fill(u, 0);
      Arrays.fill(bias, 0);
      Arrays.fill(dense, 0);
      Arrays.fill(shared, 0);
    }

    void add(Gradient o) {
      for (int j = 0; j < w.length; j++) {
        w[j] += o.w[j];
        u[j] += o.u[j];
      }
      for (int j = 0; j < bias.length; j++) bias[j] += o.bias[j];
      for (int j = 0; j < dense.length; j++) dense[j] += o.dense[j];
      for (int j = 0; j < shared.length; j++) shared[j] += o.shared[j];
    }

    /** Adds unit {@code x}'s gradient (already divided by the number of units {@code n}). */
    void unit(TopicFeatures.Vector x, double[] q, int n) {
      // the scores as TopicClassifier.probabilities computes them, over the dense weight arrays
      double[] f = TopicLayout.denseFeatures(x);
      double head = x.headWords().length == 0 ? 0 : 1 / Math.sqrt(x.headWords().length);
      for (int m = 0; m < scorers; m++) s[m] = scorerBase(m, x, f);
      for (int k = 0; k < x.words().length; k++) {
        int row = x.words()[k] * scorers;
        float v = x.weights()[k];
        for (int m = 0; m < scorers; m++) s[m] += Fit.this.w[row + m] * v;
      }
      for (int h : x.headWords()) {
        int row = h * scorers;
        for (int m = 0; m < scorers; m++) s[m] += Fit.this.u[row + m] * head;
      }
      layout.gradient(s, q, g);
      for (int m = 0; m < scorers; m++) {
        g[m] /= n;
        if (g[m] == 0) continue;
        bias[m] += g[m];
        for (int k = 0; k < 3; k++) dense[m * 3 + k] += g[m] * f[k];
        int label = layout.labelOf(m);
        if (label >= 0) {
          int kind = layout.isArea(label) ? 0 : 1;
          shared[kind] += g[m] * x.keywordShare()[label];
          if (x.keywordInHeading()[label]) shared[2 + kind] += g[m];
        }
      }
      // within-area scorers of areas not among the labels have no gradient: skip them
      int live = 0;
      for (int m = 0; m < scorers; m++) if (g[m] != 0) nonzero[live++] = m;
      for (int k = 0; k < x.words().length; k++) {
        int row = x.words()[k] * scorers;
        float v = x.weights()[k];
        for (int j = 0; j < live; j++) w[row + nonzero[j]] += g[nonzero[j]] * v;
      }
      for (int h : x.headWords()) {
        int row = h * scorers;
        for (int j = 0; j < live; j++) u[row + nonzero[j]] += g[nonzero[j]] * head;
      }
    }
  }

  Fit run(List<TopicFeatures.Vector> xs, List<double[]> targets) {
    int n = xs.size();
    Gradient[] chunks = new Gradient[CHUNKS];
    for (int c = 0; c < CHUNKS; c++) chunks[c] = new Gradient();
    int threads = Math.min(CHUNKS, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int it = 0; it < settings.iterations(); it++) {
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < CHUNKS; c++) {
          Gradient gc = chunks[c];
          int from = (int) ((long) n * c / CHUNKS), to = (int) ((long) n * (c + 1) / CHUNKS);
          done.add(
              pool.submit(
                  () -> {
                    gc.clear();
                    for (int i = from; i < to; i++) gc.unit(xs.get(i), targets.get(i), n);
                  }));
        }
        for (Future<?> f : done) f.get();
        Gradient gr = chunks[0];
        for (int c = 1; c < CHUNKS; c++) gr.add(chunks[c]);
        double l2 = settings.l2();
        for (int j = 0; j < w.length; j++) {
          gr.w[j] += 2 * l2 * w[j];
          gr.u[j] += 2 * l2 * u[j];
        }
        for (int j = 0; j < dense.length; j++) gr.dense[j] += 2 * l2 * dense[j];
        for (int m = 0; m < scorers; m++) gr.bias[m] += 2 * settings.l2Bias() * bias[m];
        step++;
        adamW.update(w, gr.w);
        adamU.update(u, gr.u);
        adamBias.update(bias, gr.bias);
        adamDense.update(dense, gr.dense);
        adamShared.update(shared, gr.shared);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("fit interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("fit failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return this;
  }

  /** A scorer's bias, dense and keyword terms (what does not depend on the words). */
  private double scorerBase(int m, TopicFeatures.Vector x, double[] f) {
    double v = bias[m] + dense[m * 3] * f[0] + dense[m * 3 + 1] * f[1] + dense[m * 3 + 2] * f[2];
    int label = layout.labelOf(m);
    if (label >= 0) {
      int kind = layout.isArea(label) ? 0 : 1;
      v += shared[kind] * x.keywordShare()[label];
      if (x.keywordInHeading()[label]) v += shared[2 + kind];
    }
    return v;
  }

  /** The fitted weights as a model, weights under {@code prune} left out. */
  TopicModel model(
      Taxonomy taxonomy,
      List<String> vocabulary,
      Map<String, Double> thresholds,
      List<String> provenance) {
    TopicModel.Sparse[] text = new TopicModel.Sparse[words];
    TopicModel.Sparse[] heads = new TopicModel.Sparse[words];
    for (int j = 0; j < words; j++) {
      text[j] = sparse(w, j, settings.prune());
      heads[j] = sparse(u, j, settings.prune());
    }
    float[][] d = new float[scorers][3];
    for (int m = 0; m < scorers; m++)
      for (int k = 0; k < 3; k++) d[m][k] = (float) dense[m * 3 + k];
    float[] b = new float[scorers];
    for (int m = 0; m < scorers; m++) b[m] = (float) bias[m];
    double topicBias = 0;
    int topics = 0;
    for (int m = 0; m < scorers; m++) {
      int label = layout.labelOf(m);
      if (label >= 0 && !layout.isArea(label)) {
        topicBias += bias[m];
        topics++;
      }
    }
    Map<String, Double> params = new LinkedHashMap<>();
    params.put("keywordShareArea", shared[0]);
    params.put("keywordShareTopic", shared[1]);
    params.put("keywordHeadingArea", shared[2]);
    params.put("keywordHeadingTopic", shared[3]);
    params.put("unseenBias", topics == 0 ? 0 : topicBias / topics);
    for (String p : TopicModel.THRESHOLDS) params.put(p, thresholds.getOrDefault(p, 0.5));
    return new TopicModel(
        layout.scorerNames(), b, d, vocabulary, text, heads, params, taxonomy.sha256(), provenance);
  }

  private TopicModel.Sparse sparse(double[] m, int word, double prune) {
    List<Integer> ls = new ArrayList<>();
    for (int k = 0; k < scorers; k++) if (Math.abs(m[word * scorers + k]) >= prune) ls.add(k);
    int[] idx = ls.stream().mapToInt(Integer::intValue).toArray();
    float[] ws = new float[idx.length];
    for (int k = 0; k < idx.length; k++) ws[k] = (float) m[word * scorers + idx[k]];
    return new TopicModel.Sparse(idx, ws);
  }

  /** Adam's moment estimates for one block of parameters. */
  private final class Adam {
    private static final double B1 = 0.9, B2 = 0.999, EPS = 1e-8;
    private final double[] m, v;

    Adam(int size) {
      m = new double[size];
      v = new double[size];
    }

    void update(double[] p, double[] g) {
      double c1 = 1 - Math.pow(B1, step), c2 = 1 - Math.pow(B2, step);
      double lr = settings.learningRate();
      for (int j = 0; j < p.length; j++) {
        m[j] = B1 * m[j] + (1 - B1) * g[j];
        v[j] = B2 * v[j] + (1 - B2) * g[j] * g[j];
        p[j] -= lr * (m[j] / c1) / (Math.sqrt(v[j] / c2) + EPS);
      }
    }
  }
}
