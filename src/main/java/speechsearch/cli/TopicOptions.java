package speechsearch.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import speechsearch.ingest.topic.TopicClassifier;

/** The taxonomy and topic model to label with: the bundled ones unless a file is given. */
final class TopicOptions {
  @Option(
      names = "--topics",
      paramLabel = "FILE",
      defaultValue = "${env:SPEECH_SEARCH_TOPICS}",
      description =
          "Topic taxonomy in the format of the bundled topics.tsv, instead of it (env"
              + " SPEECH_SEARCH_TOPICS).")
  Path taxonomy;

  @Option(
      names = "--topic-model",
      paramLabel = "FILE",
      defaultValue = "${env:SPEECH_SEARCH_TOPIC_MODEL}",
      description =
          "Topic model made by `topics train`, instead of the bundled one (env"
              + " SPEECH_SEARCH_TOPIC_MODEL).")
  Path model;

  /** The classifier; an unreadable, empty or malformed file is an IOException naming it. */
  TopicClassifier classifier() throws IOException {
    return TopicClassifier.load(taxonomy, model);
  }
}
