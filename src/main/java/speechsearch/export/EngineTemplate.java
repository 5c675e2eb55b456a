package speechsearch.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import speechsearch.index.Schema;

/**
 * The index template for OpenSearch and Elasticsearch: the analysis chain closest to ours that the
 * engines' stock plugins allow, and one mapped field per Lucene field, under the same name, so a
 * hit from either side reads the same. {@link #FIELDS} is the mapping in one table.
 */
public final class EngineTemplate {
  /** The index the bulk files write to; the template matches it and dated copies of it. */
  public static final String INDEX = "speeches";

  /** Where the engine finds the glossary, relative to its config folder. */
  public static final String SYNONYMS_PATH = "analysis/speech-synonyms.txt";

  public static final String SMARTCN = "speech_smartcn";
  public static final String SMARTCN_INDEX = "speech_smartcn_index";
  public static final String BIGRAM = "speech_bigram";

  /** The subfield that plays the part of our {@link Schema#TEXT_BIGRAM} field. */
  public static final String BIGRAM_SUBFIELD = "bigram";

  /**
   * The subfield of the text with each character as a term: our bigram field lists a unit's
   * characters too, which the fallback level counts (characters a query word shares with a unit).
   */
  public static final String CHAR_SUBFIELD = "char";

  public static final String CHARS = "speech_char";

  /** A field of the engine's mapping and the Lucene field or facet it carries. */
  public record Field(String name, String type, String lucene) {}

  public static final List<Field> FIELDS =
      List.of(
          new Field(Schema.ID, "keyword", "id (StringField)"),
          new Field(Schema.KIND, "keyword", "kind (StringField) and facet kind"),
          new Field(Schema.SPEECH_ID, "keyword", "speech_id (StringField, doc values)"),
          new Field(Schema.UNIT_ID, "keyword", "unit_id (stored)"),
          new Field(Schema.SECTION_ID, "keyword", "section_id (StringField, doc values)"),
          new Field(Schema.ORDER, "integer", "order (doc values)"),
          new Field(Schema.MARKER, "keyword", "marker (stored)"),
          new Field(Schema.ORDINAL, "integer", "ordinal (stored)"),
          new Field(Schema.PATH, "keyword", "path (stored JSON list, as an array)"),
          new Field(Schema.HEADING, "text", "heading (SmartCN)"),
          new Field(Schema.TEXT, "text", "text (SmartCN); text.bigram is text_bigram"),
          new Field(Schema.TITLE, "keyword", "title (stored)"),
          new Field(Schema.TITLE_TEXT, "text", "title_text (SmartCN, speech documents)"),
          new Field(Schema.YEAR, "integer", "year (IntPoint, stored) and facet year"),
          new Field(Schema.DATE, "date", "date (stored, ISO)"),
          new Field(Schema.YEAR_SOURCE, "keyword", "year_source (stored)"),
          new Field(Schema.DATE_SORT, "long", "date_sort (doc values)"),
          new Field(Schema.TRUNCATED, "boolean", "truncated (stored on incomplete speeches)"),
          new Field(Schema.REGION, "object", "region (stored JSON object)"),
          new Field("region_province", "keyword", "facet region, level 1 (未知 when unknown)"),
          new Field("region_city", "keyword", "facet region, level 2 when it is a city"),
          new Field("region_county", "keyword", "facet region, last level when a county"),
          new Field(Schema.FACET_LEVEL, "keyword", "facet level (未知 when unknown)"),
          new Field(Schema.TOPICS, "keyword", "topics (stored) and facet topic: area/topic"),
          new Field("topic_area", "keyword", "facet topic, level 1 (the area)"),
          new Field("tree", "object", "speech_json (stored, speech documents; not indexed)"),
          new Field(Schema.SOURCE_FILES, "keyword", "source_files (stored)"),
          new Field(Schema.CONTENT_HASH, "keyword", "content_hash (StringField)"));

  private static final ObjectMapper JSON = new ObjectMapper();

  private EngineTemplate() {}

  public static ObjectNode template() {
    ObjectNode root = JSON.createObjectNode();
    root.putArray("index_patterns").add(INDEX).add(INDEX + "-*");
    ObjectNode template = root.putObject("template");
    ObjectNode settings = template.putObject("settings");
    // one shard holds a corpus of this size many times over; more only split the scoring stats
    settings.putObject("index").put("number_of_shards", 1).put("number_of_replicas", 1);
    settings.set("analysis", analysis());
    template.putObject("mappings").put("dynamic", "strict").set("properties", properties());
    root.putObject("_meta").put("source", "speech-search export");
    return root;
  }

  private static ObjectNode analysis() {
    ObjectNode analysis = JSON.createObjectNode();
    ObjectNode filters = analysis.putObject("filter");
    // lenient: a glossary line whose words the stock tokenizer cannot map is skipped, not fatal
    filters
        .putObject("speech_synonyms")
        .put("type", "synonym_graph")
        .put("synonyms_path", SYNONYMS_PATH)
        .put("lenient", true);
    ObjectNode analyzers = analysis.putObject("analyzer");
    // synonym graphs belong at query time in both engines, as in our own analyzer (Mode.QUERY)
    analyzers.set(SMARTCN_INDEX, analyzer("smartcn_tokenizer", "smartcn_stop", "cjk_width"));
    analyzers.set(
        SMARTCN, analyzer("smartcn_tokenizer", "smartcn_stop", "cjk_width", "speech_synonyms"));
    analyzers.set(BIGRAM, analyzer("standard", "cjk_width", "lowercase", "cjk_bigram"));
    // the standard tokenizer makes every Han character a token of its own
    analyzers.set(CHARS, analyzer("standard", "cjk_width", "lowercase"));
    return analysis;
  }

  private static ObjectNode analyzer(String tokenizer, String... filters) {
    ObjectNode a = JSON.createObjectNode().put("type", "custom").put("tokenizer", tokenizer);
    ArrayNode f = a.putArray("filter");
    for (String name : filters) f.add(name);
    return a;
  }

  private static ObjectNode properties() {
    ObjectNode props = JSON.createObjectNode();
    for (Field f : FIELDS) {
      ObjectNode p = props.putObject(f.name());
      switch (f.type()) {
        case "text" -> {
          p.put("type", "text").put("analyzer", SMARTCN_INDEX).put("search_analyzer", SMARTCN);
          ObjectNode sub = p.putObject("fields");
          sub.putObject(BIGRAM_SUBFIELD)
              .put("type", "text")
              .put("analyzer", BIGRAM)
              .put("index_options", "docs");
          if (f.name().equals(Schema.TEXT)) {
            sub.putObject(CHAR_SUBFIELD)
                .put("type", "text")
                .put("analyzer", CHARS)
                .put("index_options", "docs")
                .put("norms", false);
          }
        }
        case "date" ->
            p.put("type", "date")
                .put("format", "strict_date||yyyy-MM||yyyy")
                .put("ignore_malformed", true);
        case "object" -> {
          if (f.name().equals("tree")) {
            // the stored speech tree is returned with hits, never searched
            p.put("type", "object").put("enabled", false);
          } else {
            ObjectNode sub = p.putObject("properties");
            for (String k : List.of("level", "province", "city", "county"))
              sub.putObject(k).put("type", "keyword");
          }
        }
        default -> p.put("type", f.type());
      }
    }
    return props;
  }
}
