package speechsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code search --explain-opensearch} renders the request as the engine's query DSL. */
class ExplainOpenSearchTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode explain(String... args) throws Exception {
    List<String> all =
        new ArrayList<>(List.of("search", "--explain-opensearch", "--index", "/nonexistent"));
    all.addAll(List.of(args));
    Cli.Run run = Cli.run(all.toArray(String[]::new));
    assertEquals(0, run.code(), run.err());
    return JSON.readTree(run.out());
  }

  @Test
  void wordsPhrasesExclusionsAndOrBecomeBoolClausesWithFiltersAndAggregations() throws Exception {
    JsonNode body =
        explain(
            "--topic",
            "教育/教师队伍建设",
            "--region",
            "安徽省",
            "--year-from",
            "2020",
            "教师 \"乡村教师\" -城市 A OR B");
    JsonNode bool = body.at("/query/bool");

    JsonNode must = bool.get("must");
    assertEquals(3, must.size(), must.toString());
    assertEquals("教师", must.at("/0/dis_max/queries/0/multi_match/query").asText());
    assertEquals("phrase", must.at("/0/dis_max/queries/0/multi_match/type").asText());
    List<String> fields = new ArrayList<>();
    must.at("/0/dis_max/queries/0/multi_match/fields").forEach(f -> fields.add(f.asText()));
    assertTrue(fields.containsAll(List.of("text", "heading^3.0")), fields.toString());
    // the bigram subfield has no positions: all of the word's bigrams, not a phrase
    JsonNode bigrams = must.at("/0/dis_max/queries/1/match/text.bigram");
    assertEquals("教师", bigrams.get("query").asText(), must.toString());
    assertEquals("and", bigrams.get("operator").asText());
    assertEquals("乡村教师", must.at("/1/dis_max/queries/0/multi_match/query").asText());
    JsonNode or = must.at("/2/bool/should");
    assertEquals(2, or.size());
    assertEquals("A", or.at("/0/dis_max/queries/0/multi_match/query").asText());
    assertEquals("B", or.at("/1/dis_max/queries/0/multi_match/query").asText());

    assertEquals("城市", bool.at("/must_not/0/dis_max/queries/0/multi_match/query").asText());

    String filter = bool.get("filter").toString();
    assertTrue(filter.contains("{\"term\":{\"kind\":\"measure\"}}"), filter);
    assertTrue(filter.contains("{\"term\":{\"topics\":\"教育/教师队伍建设\"}}"), filter);
    assertTrue(filter.contains("{\"term\":{\"region_province\":\"安徽省\"}}"), filter);
    assertTrue(filter.contains("{\"range\":{\"year\":{\"gte\":2020}}}"), filter);

    for (String agg : List.of("topic", "region", "level", "year", "kind")) {
      assertTrue(body.at("/aggs/" + agg + "/terms/field").isTextual(), "aggregation " + agg);
    }
    assertEquals(0, body.get("from").asInt());
    assertEquals(10, body.get("size").asInt());
  }

  @Test
  void anAreaAloneFiltersOnTheAreaAndALevelOnTheLevel() throws Exception {
    String filter =
        explain("--topic", "教育", "--region", "省", "--region", "市", "双减")
            .at("/query/bool/filter")
            .toString();
    assertTrue(filter.contains("{\"term\":{\"topic_area\":\"教育\"}}"), filter);
    assertTrue(
        filter.contains("{\"term\":{\"level\":\"省\"}},{\"term\":{\"level\":\"市\"}}"), filter);
  }

  @Test
  void levelIsItsOwnOptionAndTheSameFilterAsALevelGivenAsARegion() throws Exception {
    JsonNode byLevel = explain("--level", "省", "--level", "市", "双减").at("/query/bool/filter");
    JsonNode byRegion = explain("--region", "省", "--region", "市", "双减").at("/query/bool/filter");
    assertTrue(
        byLevel.toString().contains("{\"term\":{\"level\":\"省\"}},{\"term\":{\"level\":\"市\"}}"),
        byLevel.toString());
    assertEquals(byRegion, byLevel);
    Cli.Run run = Cli.run("search", "--explain-opensearch", "--level", "湖南", "教师");
    assertEquals(1, run.code());
    assertTrue(run.err().contains("unknown level: 湖南"), run.err());
  }

  @Test
  void theWordsSideBySideCountOnlyInQueriesOfUpToSixWordsAsInOurSearch() throws Exception {
    JsonNode two = explain("教师", "轮岗").at("/query/bool/should/0/match_phrase/text");
    assertEquals("教师轮岗", two.get("query").asText(), two.toString());
    assertEquals(2, two.get("slop").asInt());
    assertEquals(2.0, two.get("boost").asDouble());
    JsonNode six = explain("教师 轮岗 交流 乡村 学校 待遇").at("/query/bool/should");
    assertEquals(1, six.size(), six.toString());
    JsonNode seven = explain("教师 轮岗 交流 乡村 学校 待遇 补助").at("/query/bool");
    assertTrue(seven.get("should") == null, seven.toString());
    assertEquals(7, seven.get("must").size());
  }

  @Test
  void anEmptyQueryMatchesAllAndSpeechScopeCollapsesBySpeech() throws Exception {
    JsonNode body = explain("--scope", "speech", "--sort", "date");
    assertTrue(body.at("/query/bool/must/0/match_all").isObject(), body.toString());
    assertEquals("speech_id", body.at("/collapse/field").asText());
    assertEquals("desc", body.at("/sort/0/date_sort/order").asText());
  }

  @Test
  void anUnknownRegionIsReportedNotGuessed() {
    Cli.Run run = Cli.run("search", "--explain-opensearch", "--region", "无此地方", "教师");
    assertEquals(1, run.code());
    assertTrue(run.err().contains("unknown region"), run.err());
  }
}
