package speechsearch.topics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import speechsearch.analysis.Glossary;
import speechsearch.analysis.SpeechAnalyzer;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.speech.Speech;
import speechsearch.vocabulary.Taxonomy;

/**
 * Cross-validates settings of the trainer on the train split, in one JVM (the corpus parsed once):
 * {@code java -cp ... speechsearch.topics.TopicExperiment "minDf l2 l2Bias iterations lr prune"
 * ...}. A development tool; it never reads the held-out split.
 */
public final class TopicExperiment {
  static void dump(TopicTrainer t, TopicTrainer.CrossValidation cv, double[] th, Taxonomy tx) {
    speechsearch.ingest.topic.TopicClassifier d =
        new speechsearch.ingest.topic.TopicClassifier(
            tx, t.fit(List.of(), java.util.Map.of(), List.of()));
    for (int i = 0; i < cv.examples().size(); i++) {
      LabelledSet.Found f = cv.examples().get(i).found();
      List<String> got =
          TopicTrainer.names(d.decide(cv.probabilities().get(i), th[0], th[1], th[2]));
      String kind = f.unit() == null ? "speech" : f.unit().kind();
      String head = f.unit() == null ? f.speech().title() : f.unit().heading();
      int chars = f.unit() == null ? 0 : f.unit().text().length();
      System.out.println(
          (got.contains(f.labelled().main()) ? "OK  " : "BAD ")
              + kind
              + "\t"
              + chars
              + "\t"
              + head
              + "\tgold "
              + f.labelled().labels()
              + "\tgot "
              + got);
    }
  }

  public static void main(String[] args) throws Exception {
    Taxonomy taxonomy = Taxonomy.bundled();
    LabelledSet set =
        LabelledSet.load(
            Path.of(System.getProperty("labels", "tools/topics/labels.jsonl")), taxonomy);
    List<Speech> speeches =
        LabelledCorpus.parse(List.of(Path.of("../shared/corpus"), Path.of("../shared/seeds")));
    List<LabelledSet.Found> train = LabelledSet.find(set.split(LabelledSet.TRAIN), speeches);
    System.out.println("train units " + train.size());
    try (SpeechAnalyzer analyzer =
        SpeechAnalyzer.create(
            Glossary.bundled(), SpeechAnalyzer.Mode.INDEX, TokenizerChoice.FAST)) {
      for (String a : args) {
        String[] v = a.trim().split("\\s+");
        TopicTrainer.Settings s =
            new TopicTrainer.Settings(
                Integer.parseInt(v[0]),
                Double.parseDouble(v[1]),
                Double.parseDouble(v[2]),
                Integer.parseInt(v[3]),
                Double.parseDouble(v[4]),
                Double.parseDouble(v[5]));
        long t0 = System.nanoTime();
        TopicTrainer trainer = new TopicTrainer(taxonomy, analyzer, s);
        List<String> log = new ArrayList<>();
        TopicTrainer.CrossValidation cv = trainer.crossValidate(train, 5, log);
        double[] best = trainer.tune(cv, log);
        if (System.getProperty("dump") != null) dump(trainer, cv, best, taxonomy);
        System.out.printf(
            "%s (%.0f s)%n", TopicTrainer.describe(s), (System.nanoTime() - t0) / 1e9);
        for (String line : log) if (!line.startsWith("fold")) System.out.println("  " + line);
      }
    }
  }
}
