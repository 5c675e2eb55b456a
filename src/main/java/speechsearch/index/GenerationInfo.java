package speechsearch.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.speech.Speech;
import speechsearch.speech.Unit;

/**
 * What a generation holds, written beside it as {@code generation.json}: counts for verification
 * and health, the segmenter used, and when it was built.
 */
public record GenerationInfo(
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
    int duplicates) {

  static final String FILE_NAME = "generation.json";
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  static GenerationInfo of(
      List<Speech> speeches,
      long documents,
      long bytes,
      TokenizerChoice tokenizer,
      int glossaryTerms) {
    int[] counts = new int[2];
    for (Speech s : speeches) count(s.sections(), counts);
    return new GenerationInfo(
        Instant.now().toString(),
        tokenizer.name(),
        speeches.size(),
        counts[0],
        counts[1],
        Math.toIntExact(documents),
        bytes,
        glossaryTerms,
        0,
        0,
        0);
  }

  private static void count(List<Unit> units, int[] counts) {
    for (Unit u : units) {
      counts[u.children().isEmpty() ? 1 : 0]++;
      count(u.children(), counts);
    }
  }

  GenerationInfo withSources(int filesRead, int skipped, int duplicates) {
    return new GenerationInfo(
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
        duplicates);
  }

  void write(Path gen) throws IOException {
    JSON.writeValue(gen.resolve(FILE_NAME).toFile(), this);
  }

  public static GenerationInfo read(Path gen) throws IOException {
    return JSON.readValue(gen.resolve(FILE_NAME).toFile(), GenerationInfo.class);
  }
}
