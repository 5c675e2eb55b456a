package speechsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import speechsearch.analysis.Glossary;
import speechsearch.analysis.SpeechAnalyzer;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.ingest.topic.TopicClassifier;
import speechsearch.speech.Speech;
import speechsearch.topics.LabelledCorpus;
import speechsearch.topics.LabelledSet;
import speechsearch.topics.Scores;
import speechsearch.topics.TopicTrainer;
import speechsearch.vocabulary.Taxonomy;

/** {@code topics train|eval}: make the topic model from the labelled set, and measure labels. */
@Command(
    name = "topics",
    mixinStandardHelpOptions = true,
    description = "Make and measure the topic model (docs/TOPICS.md).",
    subcommands = {TopicsCommand.Train.class, TopicsCommand.Eval.class})
final class TopicsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Where the labelled units are and the speeches they come from. */
  static final class Data {
    @Option(
        names = "--labels",
        paramLabel = "FILE",
        defaultValue = "tools/topics/labels.jsonl",
        description = "The labelled set (default: ${DEFAULT-VALUE}).")
    Path labels;

    @Option(
        names = "--source",
        paramLabel = "DIR",
        arity = "1..*",
        defaultValue = "../shared/corpus,../shared/seeds",
        split = ",",
        description = "The speeches the labelled units come from (default: ${DEFAULT-VALUE}).")
    List<Path> sources;
  }

  @Command(
      name = "train",
      mixinStandardHelpOptions = true,
      description = {
        "Fit the topic model on the labelled set's train split and write it.",
        "Thresholds are tuned by cross-validation on the train split; the held-out split is"
            + " measured once at the end and never used to choose anything."
      })
  static final class Train implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Data data;

    @Option(
        names = "--topics",
        paramLabel = "FILE",
        description = "Taxonomy to train for (default: the bundled topics.tsv).")
    Path taxonomyFile;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        defaultValue = "src/main/resources/topic-model.tsv",
        description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
        names = "--folds",
        defaultValue = "5",
        description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Override
    public Integer call() throws IOException {
      PrintWriter w = spec.commandLine().getOut();
      Taxonomy taxonomy = taxonomyFile == null ? Taxonomy.bundled() : Taxonomy.load(taxonomyFile);
      LabelledSet set = LabelledSet.load(data.labels, taxonomy);
      List<Speech> speeches = LabelledCorpus.parse(data.sources);
      List<LabelledSet.Found> train = LabelledSet.find(set.split(LabelledSet.TRAIN), speeches);
      w.printf(
          Locale.ROOT,
          "labelled units of the train split found: %d of %d%n",
          train.size(),
          set.split(LabelledSet.TRAIN).size());
      w.flush();
      List<String> provenance =
          List.of(
              "made by `speech-search topics train` on "
                  + LocalDate.now(java.time.ZoneOffset.UTC)
                  + " from "
                  + train.size()
                  + " units of the train split of "
                  + data.labels.getFileName(),
              "settings " + TopicTrainer.describe(TopicTrainer.Settings.DEFAULT));
      TopicTrainer.Result r;
      try (SpeechAnalyzer analyzer =
          SpeechAnalyzer.create(
              Glossary.bundled(), SpeechAnalyzer.Mode.INDEX, TokenizerChoice.FAST)) {
        r =
            new TopicTrainer(taxonomy, analyzer, TopicTrainer.Settings.DEFAULT)
                .train(train, folds, provenance);
      }
      for (String line : r.log()) w.println(line);
      Files.writeString(out, r.model().format(), StandardCharsets.UTF_8);
      w.printf(
          Locale.ROOT,
          "wrote %s: %d words, %d labels%n",
          out,
          r.model().words().size(),
          r.model().labels().size());
      w.flush();
      return 0;
    }
  }

  @Command(
      name = "eval",
      mixinStandardHelpOptions = true,
      description = {
        "Measure topic labels against a split of the labelled set: those the classifier gives"
            + " now (default), or those in a folder of `parse --out` JSON (--parsed)."
      })
  static final class Eval implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Data data;
    @Mixin TopicOptions topicOptions;

    @Option(
        names = "--split",
        defaultValue = "heldout",
        description = "train, heldout or all (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(
        names = "--parsed",
        paramLabel = "DIR",
        description = "Score the labels in these `parse --out` files instead.")
    Path parsed;

    @Option(
        names = "--relabel",
        paramLabel = "FILE",
        description =
            "With --parsed: OLD<TAB>NEW lines mapping another taxonomy's labels to this one's.")
    Path relabel;

    @Override
    public Integer call() throws IOException {
      PrintWriter w = spec.commandLine().getOut();
      // scoring parse output needs the taxonomy alone
      TopicClassifier classifier = parsed == null ? topicOptions.classifier() : null;
      Taxonomy taxonomy =
          classifier != null
              ? classifier.taxonomy()
              : topicOptions.taxonomy == null
                  ? Taxonomy.bundled()
                  : Taxonomy.load(topicOptions.taxonomy);
      LabelledSet set = LabelledSet.load(data.labels, taxonomy);
      List<LabelledSet.Labelled> units = split.equals("all") ? set.units() : set.split(split);
      List<Speech> speeches;
      if (parsed != null) {
        speeches =
            LabelledCorpus.readParsed(
                parsed, relabel == null ? null : LabelledCorpus.readRelabelling(relabel));
      } else {
        speeches = LabelledCorpus.parse(data.sources).stream().map(classifier::label).toList();
      }
      List<LabelledSet.Found> found = LabelledSet.find(units, speeches);
      Scores s = Scores.of(taxonomy, found);
      w.printf(
          Locale.ROOT,
          "%s split, %d of %d labelled units found%n",
          split,
          found.size(),
          units.size());
      w.println(s);
      w.flush();
      return 0;
    }
  }
}
