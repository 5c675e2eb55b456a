package speechsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import speechsearch.search.Fallback;
import speechsearch.testing.SmallIndexTest;

/**
 * {@code search --explain-opensearch} with an index: the level our search uses, and for the
 * fallback the weights our search ranks partial matches by.
 */
class ExplainFallbackTest extends SmallIndexTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** 教师 is in the small index; 火箭发射 (rocket launch) is not, so no measure has both. */
  private static final String PARTIAL = "教师 火箭发射";

  private static Cli.Run search(String... args) {
    List<String> all =
        new ArrayList<>(List.of("search", "--index", index.handle.layout().root().toString()));
    all.addAll(List.of(args));
    Cli.Run run = Cli.run(all.toArray(String[]::new));
    assertEquals(0, run.code(), run.err());
    return run;
  }

  @Test
  void aSearchThatFallsBackIsTranslatedWithOurWeights() throws Exception {
    assertEquals("partial", JSON.readTree(search("--json", PARTIAL).out()).get("match").asText());
    JsonNode bool = JSON.readTree(search("--explain-opensearch", PARTIAL).out()).at("/query/bool");

    // measures with every word first: the strict query, boosted
    JsonNode strict = bool.at("/should/0/bool");
    assertEquals(Fallback.STRICT_BONUS, strict.get("boost").floatValue(), bool.toString());
    assertEquals(2, strict.get("must").size());
    // any word is enough: one relaxed clause per word
    JsonNode any = bool.at("/must/0/bool");
    assertEquals(2, any.get("should").size(), any.toString());
    assertEquals(1, any.get("minimum_should_match").asInt());

    Fallback weights = index.service.fallback(PARTIAL);
    for (int i = 0; i < 2; i++) {
      Fallback.Clause c = weights.clauses().get(i);
      JsonNode ways = bool.at("/should/" + (i + 1) + "/dis_max/queries");
      assertEquals(
          Fallback.COORDINATION * c.whole(),
          ways.at("/0/constant_score/boost").floatValue(),
          1e-4,
          c.text() + ": the whole word's bonus");
      for (Fallback.Weighted t : c.longer()) {
        assertTrue(
            hasBonus(ways, t.term(), Fallback.COORDINATION * t.weight()),
            c.text() + ": a bonus for " + t.term() + " in " + ways);
      }
    }
    // the unknown word's longer tokens (火箭, 发射) are what a measure may have of it
    assertFalse(weights.clauses().get(1).longer().isEmpty(), weights.toString());
  }

  private static boolean hasBonus(JsonNode ways, String term, float boost) {
    for (JsonNode w : ways) {
      JsonNode cs = w.get("constant_score");
      if (cs != null
          && term.equals(cs.at("/filter/match_phrase/text/query").asText())
          && Math.abs(cs.get("boost").floatValue() - boost) < 1e-4) return true;
    }
    return false;
  }

  @Test
  void aSearchWhereEnoughMeasuresHaveEveryWordStaysStrict() throws Exception {
    assertEquals("all", JSON.readTree(search("--json", "教师").out()).get("match").asText());
    String body = search("--explain-opensearch", "教师").out();
    assertFalse(body.contains("constant_score"), body);
    assertEquals(
        "教师",
        JSON.readTree(body).at("/query/bool/must/0/dis_max/queries/0/multi_match/query").asText());
  }

  @Test
  void withoutAnIndexTheStrictLevelIsGivenAndTheNoteSaysWhy() {
    Cli.Run run = Cli.run("search", "--explain-opensearch", "--index", "/nonexistent", PARTIAL);
    assertEquals(0, run.code(), run.err());
    assertFalse(run.out().contains("constant_score"), run.out());
    assertTrue(run.err().contains("every-word level only"), run.err());
  }
}
