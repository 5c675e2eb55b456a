package speechsearch.index;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import speechsearch.analysis.TokenizerChoice;

/**
 * What a generation holds, written beside it as {@code generation.json}: an id of its own (a server
 * follows generations by it, not by folder name, so a folder replaced under the same name is seen
 * as the new generation it is), counts for verification and health, the segmenter used, the
 * taxonomy and topic model its labels come from (SHA-256 of the files it keeps, see {@link
 * GenerationTopics}), and when it was built. Generations written before ids (or topic files) were
 * recorded read with a null id (or nulls).
 */
public record GenerationInfo(
    String id,
    String createdAt,
    String tokenizer,
    int speeches,
    int sections,
    int measures,
    int documents,
    long sourceBytes,
    int glossaryTerms,
    int filesRead,
    int filesSkipped,
    int duplicates,
    String topicTaxonomy,
    String topicModel) {

  static final String FILE_NAME = "generation.json";
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          // a later version may record more; its generations still read here
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * @param topics SHA-256 of the taxonomy and of the topic model the labels come from; nulls for
   *     none
   */
  static GenerationInfo of(
      List<SpeechFacts> speeches,
      long documents,
      long bytes,
      TokenizerChoice tokenizer,
      int glossaryTerms,
      String[] topics) {
    int sections = 0;
    int measures = 0;
    for (SpeechFacts s : speeches) {
      sections += s.sections();
      measures += s.measures();
    }
    return new GenerationInfo(
        UUID.randomUUID().toString(),
        Instant.now().toString(),
        tokenizer.name(),
        speeches.size(),
        sections,
        measures,
        Math.toIntExact(documents),
        bytes,
        glossaryTerms,
        0,
        0,
        0,
        topics[0],
        topics[1]);
  }

  GenerationInfo withSources(int filesRead, int skipped, int duplicates) {
    return new GenerationInfo(
        id,
        createdAt,
        tokenizer,
        speeches,
        sections,
        measures,
        documents,
        sourceBytes,
        glossaryTerms,
        filesRead,
        skipped,
        duplicates,
        topicTaxonomy,
        topicModel);
  }

  void write(Path gen) throws IOException {
    JSON.writeValue(gen.resolve(FILE_NAME).toFile(), this);
  }

  public static GenerationInfo read(Path gen) throws IOException {
    return JSON.readValue(gen.resolve(FILE_NAME).toFile(), GenerationInfo.class);
  }
}
