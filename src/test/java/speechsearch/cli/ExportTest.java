package speechsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.Glossary;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.export.EngineExport;
import speechsearch.index.GenerationInfo;
import speechsearch.index.IndexLayout;
import speechsearch.index.Reindexer;
import speechsearch.ingest.SpeechIngester;

/** The export of a small generation loads as-is: template, synonyms and bulk files agree. */
class ExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static Path index;
  static Path generation;
  static Path out;
  static String stdout;

  @BeforeAll
  static void exportSeeds() throws IOException {
    index = tmp.resolve("index");
    new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 1)
        .reindex(
            List.of(Path.of("src/test/resources/seeds")),
            new IndexLayout(index),
            Reindexer.Progress.NONE);
    generation = new IndexLayout(index).current().orElseThrow();
    out = tmp.resolve("export");
    Cli.Run run =
        run(
            "export",
            "--format",
            "opensearch",
            "--out",
            out.toString(),
            "--index",
            index.toString());
    assertEquals(0, run.code(), run.err());
    stdout = run.out();
  }

  static Cli.Run run(String... args) {
    return Cli.run(args);
  }

  @Test
  void templateDefinesTheAnalyzersAndEveryFieldOfTheSchema() throws IOException {
    JsonNode t = JSON.readTree(out.resolve("template.json").toFile());
    assertEquals("speeches", t.at("/index_patterns/0").asText());
    JsonNode analyzers = t.at("/template/settings/analysis/analyzer");
    assertEquals("smartcn_tokenizer", analyzers.at("/speech_smartcn/tokenizer").asText());
    assertTrue(
        filters(analyzers.get("speech_smartcn"))
            .containsAll(List.of("cjk_width", "speech_synonyms")));
    assertEquals(
        List.of("cjk_width", "lowercase", "cjk_bigram"), filters(analyzers.get("speech_bigram")));
    assertEquals("standard", analyzers.at("/speech_bigram/tokenizer").asText());
    JsonNode syn = t.at("/template/settings/analysis/filter/speech_synonyms");
    assertEquals("synonym_graph", syn.get("type").asText());
    assertEquals("analysis/speech-synonyms.txt", syn.get("synonyms_path").asText());

    JsonNode props = t.at("/template/mappings/properties");
    for (String f :
        List.of(
            "id",
            "kind",
            "speech_id",
            "unit_id",
            "section_id",
            "marker",
            "heading",
            "text",
            "title_text",
            "year",
            "date",
            "topics",
            "topic_area",
            "region_province",
            "region_city",
            "region_county",
            "level",
            "tree")) {
      assertTrue(props.has(f), "mapping has " + f);
    }
    for (String f : List.of("heading", "text", "title_text")) {
      assertEquals("speech_smartcn", props.at("/" + f + "/search_analyzer").asText());
      assertEquals("speech_bigram", props.at("/" + f + "/fields/bigram/analyzer").asText());
    }
    // each character of the text, for the fallback's shared characters
    assertEquals("speech_char", props.at("/text/fields/char/analyzer").asText());
    assertEquals("standard", analyzers.at("/speech_char/tokenizer").asText());
    assertEquals("keyword", props.at("/speech_id/type").asText());
    assertEquals("integer", props.at("/year/type").asText());
    assertFalse(props.at("/tree/enabled").asBoolean(true), "the tree is stored, not indexed");
  }

  @Test
  void bulkFilesAlternateActionAndDocumentForEveryDocumentOfTheGeneration() throws IOException {
    JsonNode props =
        JSON.readTree(out.resolve("template.json").toFile()).at("/template/mappings/properties");
    List<Path> files = bulkFiles(out);
    assertFalse(files.isEmpty());
    int documents = 0;
    Set<String> ids = new HashSet<>();
    Set<String> kinds = new HashSet<>();
    for (Path f : files) {
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      assertEquals(0, lines.size() % 2, f + " has an even number of lines");
      for (int i = 0; i < lines.size(); i += 2) {
        JsonNode action = JSON.readTree(lines.get(i));
        JsonNode doc = JSON.readTree(lines.get(i + 1));
        assertEquals("speeches", action.at("/index/_index").asText(), lines.get(i));
        assertEquals(doc.get("id").asText(), action.at("/index/_id").asText());
        assertTrue(ids.add(doc.get("id").asText()), "ids are unique");
        kinds.add(doc.get("kind").asText());
        for (Iterator<String> it = doc.fieldNames(); it.hasNext(); ) {
          String name = it.next();
          assertTrue(props.has(name), "field " + name + " is mapped");
        }
        if (doc.get("kind").asText().equals("speech")) {
          assertTrue(doc.get("tree").isObject(), "the speech tree is an object");
          assertTrue(doc.has("title_text") == doc.has("title"));
        }
        documents++;
      }
    }
    assertEquals(GenerationInfo.read(generation).documents(), documents);
    assertEquals(Set.of("measure", "section", "speech"), kinds);
    assertTrue(stdout.contains(documents + " in " + files.size() + " bulk files"), stdout);
  }

  @Test
  void synonymFileHasOneLinePerGlossaryTermWithSynonyms() throws IOException {
    Map<String, List<String>> glossary =
        Glossary.load(generation.resolve(Glossary.FILE_NAME)).terms();
    List<String> lines =
        Files.readAllLines(out.resolve("analysis/speech-synonyms.txt"), StandardCharsets.UTF_8)
            .stream()
            .filter(l -> !l.startsWith("#") && !l.isBlank())
            .toList();
    long withSynonyms = glossary.values().stream().filter(s -> !s.isEmpty()).count();
    assertTrue(withSynonyms > 0, "the seeds' glossary has synonyms");
    assertEquals(withSynonyms, lines.size());
    for (String line : lines) {
      List<String> words = List.of(line.split(", "));
      assertEquals(glossary.get(words.get(0)), words.subList(1, words.size()), line);
    }
  }

  @Test
  void bulkFilesAreSplitAtTheSizeLimit() throws IOException {
    Path small = tmp.resolve("small");
    EngineExport.Result r = new EngineExport(50_000).export(generation, small);
    assertTrue(r.bulkFiles().size() > 1, "several files at 50 KB");
    for (Path f : r.bulkFiles())
      assertTrue(Files.size(f) <= 50_000 || lineCount(f) == 2, f.toString());
    assertEquals(r.bulkFiles(), bulkFiles(small));
    assertEquals(GenerationInfo.read(generation).documents(), r.documents());
  }

  @Test
  void exportWithoutAnIndexFailsWithOneLine() {
    Cli.Run run =
        run(
            "export",
            "--out",
            tmp.resolve("none").toString(),
            "--index",
            tmp.resolve("empty").toString());
    assertEquals(1, run.code());
    assertTrue(run.err().startsWith("export: there is no live index at "), run.err());
  }

  private static long lineCount(Path f) throws IOException {
    try (Stream<String> s = Files.lines(f, StandardCharsets.UTF_8)) {
      return s.count();
    }
  }

  private static List<Path> bulkFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches("bulk-\\d{4}\\.ndjson"))
          .sorted()
          .toList();
    }
  }

  private static List<String> filters(JsonNode analyzer) {
    List<String> out = new ArrayList<>();
    analyzer.get("filter").forEach(f -> out.add(f.asText()));
    return out;
  }
}
