package speechsearch.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import speechsearch.ingest.topic.TopicClassifier;
import speechsearch.ingest.topic.TopicModel;
import speechsearch.vocabulary.DataFiles;
import speechsearch.vocabulary.Taxonomy;

/**
 * The taxonomy and topic model a generation was labelled with, kept in its folder beside the
 * glossary: searches filter by that taxonomy, and {@code add} labels new speeches with the same
 * pair, so one generation never mixes labels of two models.
 */
public final class GenerationTopics {
  private GenerationTopics() {}

  static void write(Path gen, TopicClassifier topics) throws IOException {
    topics.taxonomy().write(gen.resolve(Taxonomy.FILE_NAME));
    Files.writeString(
        gen.resolve(TopicModel.FILE_NAME), topics.modelText(), StandardCharsets.UTF_8);
  }

  /** SHA-256 of the taxonomy and of the model, for generation.json; nulls for none. */
  static String[] shas(TopicClassifier topics) {
    return topics == null
        ? new String[2]
        : new String[] {
          topics.taxonomy().sha256(),
          DataFiles.sha256(topics.modelText().getBytes(StandardCharsets.UTF_8))
        };
  }

  /** The generation's taxonomy; the bundled one for a generation made before it kept its own. */
  public static Taxonomy taxonomy(Path gen) throws IOException {
    Path file = gen.resolve(Taxonomy.FILE_NAME);
    return Files.exists(file) ? Taxonomy.load(file) : Taxonomy.bundled();
  }

  /** The generation's classifier; {@code fallback} for a generation that kept none. */
  static TopicClassifier classifier(Path gen, TopicClassifier fallback) throws IOException {
    Path taxonomy = gen.resolve(Taxonomy.FILE_NAME);
    Path model = gen.resolve(TopicModel.FILE_NAME);
    if (!Files.exists(taxonomy) || !Files.exists(model)) return fallback;
    return TopicClassifier.load(taxonomy, model);
  }
}
