package speechsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import speechsearch.speech.Speech;
import speechsearch.speech.Unit;

/**
 * The five seeds parse into the outlines a careful reader sees: the golden files were checked by
 * hand against the pages. Run with -Dgolden.update=true to rewrite them after a reviewed change.
 */
class SeedGoldenTest {
  private static final Path SEEDS = Path.of("src/test/resources/seeds");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final SpeechIngester INGESTER = SpeechIngester.withDefaults();

  static Stream<String> seeds() throws IOException {
    try (Stream<Path> s = Files.list(SEEDS)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void seedParsesIntoItsReviewedOutline(String name) throws IOException {
    Speech speech = INGESTER.ingest(SEEDS.resolve(name));
    String actual = render(speech);
    Path golden = GOLDEN.resolve(name.replace(".txt", ".outline"));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
  }

  /**
   * Metadata, the marker/heading tree with the start of each section's tail, and the start of the
   * closing and appendix; topics are left out so the taxonomy stays editable.
   */
  static String render(Speech s) {
    StringBuilder sb = new StringBuilder();
    sb.append("title: ").append(s.title()).append('\n');
    sb.append("subtitle: ").append(s.subtitle()).append('\n');
    sb.append("date: ").append(s.date()).append("  year: ").append(s.year()).append('\n');
    sb.append("region: ").append(s.region()).append('\n');
    sb.append("truncated: ").append(s.truncated()).append('\n');
    sb.append("sources: ").append(new java.util.TreeMap<>(s.sources())).append('\n');
    units(sb, s.sections(), 0);
    sb.append("closing: ").append(start(s.closing())).append('\n');
    sb.append("appendix: ").append(start(s.appendix())).append('\n');
    return sb.toString();
  }

  private static void units(StringBuilder sb, List<Unit> units, int depth) {
    for (Unit u : units) {
      sb.append("  ".repeat(depth)).append(u.marker()).append(' ').append(u.heading()).append('\n');
      units(sb, u.children(), depth + 1);
      if (!u.tail().isEmpty()) {
        sb.append("  ".repeat(depth + 1)).append("(tail) ").append(start(u.tail())).append('\n');
      }
    }
  }

  private static String start(String text) {
    if (text.isEmpty()) return "none";
    String first = text.lines().findFirst().orElse("");
    return first.length() <= 16 ? first : first.substring(0, 16) + "…";
  }
}
