package speechsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.index.GenerationInfo;
import speechsearch.index.IndexLayout;
import speechsearch.testing.SyntheticSpeeches;

/**
 * Every command through picocli's {@code execute()}, as {@code main} runs it, with what it prints:
 * the top-level usage, {@code parse}, the reindex report, readable {@code search} and {@code
 * remove}. The other commands are tested the same way beside the behaviour they guard: {@code add}
 * and {@code export} in {@link WriterCommandsTest} and {@link ExportTest}, {@code rollback}, {@code
 * recover} and {@code check} in {@link RecoveryCommandsTest}, {@code serve} in {@link
 * ServeCommandTest}, {@code search --json} and {@code --explain-opensearch} in {@link
 * ExplainFallbackTest} and {@link ExplainOpenSearchTest}.
 */
class CommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path shared;
  private static Path src;
  private static Path index;
  private static Cli.Run firstReindex;

  @TempDir Path dir;

  @BeforeAll
  static void indexThreeSpeeches() throws Exception {
    src = shared.resolve("src");
    SyntheticSpeeches.write(src, 0, 3);
    index = shared.resolve("index");
    firstReindex = reindex(src, index);
  }

  private static Cli.Run reindex(Path source, Path root) {
    return Cli.run(
        "reindex", "--source", source.toString(), "--index", root.toString(), "--threads", "1");
  }

  @Test
  void withoutACommandTheUsageListsEveryCommandAndNoOtherExists() {
    List<String> commands =
        List.of(
            "parse",
            "reindex",
            "add",
            "remove",
            "rollback",
            "recover",
            "check",
            "search",
            "serve",
            "export",
            "topics");
    // a new command must be added here, and given a test through execute() like these
    assertEquals(commands, List.copyOf(Main.commandLine().getSubcommands().keySet()));
    Cli.Run r = Cli.run();
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("Usage: speech-search [-hV] [COMMAND]\n"), r.out());
    for (String c : commands) {
      assertTrue(Pattern.compile("(?m)^  " + c + " +\\S").matcher(r.out()).find(), c + r.out());
    }
    assertEquals("", r.err());
  }

  @Test
  void anUnknownCommandIsAUsageErrorWithASuggestion() {
    Cli.Run r = Cli.run("rolback");
    assertEquals(2, r.code(), r.toString());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("Unmatched argument at index 0: 'rolback'\n"), r.err());
    assertTrue(r.err().contains("Did you mean: speech-search rollback"), r.err());
  }

  @Test
  void versionPrintsTheVersion() {
    Cli.Run r = Cli.run("--version");
    assertEquals(0, r.code(), r.toString());
    assertEquals("speech-search 0.1.0\n", r.out());
  }

  @Test
  void parsePrintsTheSpeechTreeAsJson() throws Exception {
    Cli.Run r = Cli.run("parse", src.resolve("s00.txt").toString());
    assertEquals(0, r.code(), r.toString());
    assertEquals("", r.err(), "nothing to report for a clean file");
    JsonNode speech = JSON.readTree(r.out());
    assertEquals("s00", speech.get("id").asText());
    assertEquals("在东湖县第1次教育工作会议上的讲话", speech.get("title").asText());
    assertEquals("县", speech.get("region").get("level").asText());
    assertEquals("同志们：\n今天召开会议，部署东湖县下一阶段的教育重点工作。", speech.get("preamble").asText());
    JsonNode section = speech.get("sections").get(0);
    assertEquals(1, speech.get("sections").size());
    assertEquals("一、", section.get("marker").asText());
    assertEquals("抓好重点任务", section.get("heading").asText());
    JsonNode measures = section.get("children");
    assertEquals(4, measures.size());
    for (int k = 0; k < 4; k++) {
      JsonNode m = measures.get(k);
      assertEquals("s00-1." + (k + 1), m.get("id").asText());
      assertEquals("measure", m.get("kind").asText());
      assertEquals("一二三四".charAt(k) + "是", m.get("marker").asText());
      assertEquals(1, m.get("path").size());
      assertEquals("抓好重点任务", m.get("path").get(0).asText());
    }
    assertTrue(measures.get(0).get("text").asText().startsWith("一是推进东湖乡村教师周转宿舍，"));
  }

  @Test
  void parseWritesOneJsonPerFileAndGoesOnPastAFileItCannotRead() throws Exception {
    Path out = dir.resolve("out");
    Path missing = dir.resolve("missing.txt");
    Cli.Run r = Cli.run("parse", "--out", out.toString(), src.toString(), missing.toString());
    assertEquals(1, r.code(), "a file failed: " + r);
    assertEquals("", r.out());
    assertEquals("parse: " + missing + ": no such file\nparse: 3 parsed, 1 failed\n", r.err());
    for (String name : List.of("s00", "s01", "s02")) {
      Path json = out.resolve(name + ".json");
      assertEquals(
          Cli.run("parse", src.resolve(name + ".txt").toString()).out(),
          Files.readString(json, StandardCharsets.UTF_8) + "\n",
          "the file holds what parse prints");
    }
    try (var files = Files.list(out)) {
      assertEquals(3, files.count());
    }
  }

  @Test
  void parseRefusesAnEmptyOut() {
    Cli.Run r = Cli.run("parse", "--out", "", src.toString());
    assertEquals(2, r.code(), r.toString());
    assertEquals("parse: --out is empty: give the folder to write into\n", r.err());
  }

  @Test
  void reindexReportsWhatItBuiltAndWhatItKeptFromTheLiveGeneration() {
    assertEquals(0, firstReindex.code(), firstReindex.toString());
    assertTrue(
        firstReindex
            .out()
            .startsWith(
                "reindex: generation gen-000001 is live\n"
                    + "  files read      3 (0.0 MB)\n"
                    + "  speeches        3\n"
                    + "  sections        3\n"
                    + "  measures        12\n"
                    + "  documents       24\n"),
        firstReindex.out());
    assertTrue(
        firstReindex
            .out()
            .endsWith(
                "  skipped         0\n"
                    + "  duplicates      0 (indexed once, both sources recorded)\n"),
        firstReindex.out());
    assertTrue(firstReindex.err().contains("index  [##############################] 3/3"));

    Path other = dir.resolve("index");
    assertEquals(0, reindex(src, other).code());
    Cli.Run again = reindex(src, other);
    assertEquals(0, again.code(), again.toString());
    assertTrue(again.out().startsWith("reindex: generation gen-000002 is live\n"), again.out());
    assertTrue(
        again.out().contains("\n  unchanged       3 (parsed trees kept from the live index)\n"),
        again.out());
  }

  @Test
  void searchPrintsNumberedHitsWithTheirSpeechPathAndMarkedSnippet() {
    Cli.Run r = Cli.run("search", "--index", index.toString(), "乡村教师", "周转宿舍");
    assertEquals(0, r.code(), r.toString());
    assertEquals("", r.err());
    assertTrue(
        Pattern.compile("^1 results with every word, \\d+ more with some of them \\(\\d+ ms\\)\n\n")
            .matcher(r.out())
            .find(),
        r.out());
    assertTrue(
        Pattern.compile("(?m)^ 2\\. .*  \\(some of the words\\)$").matcher(r.out()).find(),
        "a hit with only some of the words says so: " + r.out());
    String first =
        " 1. 一是 推进东湖乡村教师周转宿舍，第1000号方案明确东湖今年完成30项具体任务，由东湖县教育局第0工作组负责落实\n"
            + "    在东湖县第1次教育工作会议上的讲话 · year ? · 县\n"
            + "    抓好重点任务\n"
            + "    一是推进东湖【乡村教师周转宿舍】，第1000号方案明确东湖今年完成30项具体任务，由东湖县教育局第0工作组负责落实。\n"
            + "    [s00-1.1]  ";
    assertTrue(r.out().contains("\n\n" + first), r.out());
  }

  @Test
  void searchNamesABadQueryOrOptionInOneLine() {
    Cli.Run paren = Cli.run("search", "--index", index.toString(), "(乡村教师");
    assertEquals(1, paren.code(), paren.toString());
    assertEquals("", paren.out());
    assertTrue(paren.err().startsWith("search: "), paren.err());
    assertTrue(paren.err().contains("unclosed parenthesis at position 1"), paren.err());
    assertEquals(1, paren.err().lines().count(), "one line, no stack trace");

    Cli.Run scope = Cli.run("search", "--index", index.toString(), "--scope", "段落", "教师");
    assertEquals(1, scope.code(), scope.toString());
    assertTrue(scope.err().contains("scope must be measure, section or speech"), scope.err());

    Cli.Run limit = Cli.run("search", "--index", index.toString(), "--limit", "ten", "教师");
    assertEquals(2, limit.code(), limit.toString());
    assertTrue(limit.err().startsWith("Invalid value for option '--limit': 'ten'"), limit.err());
  }

  @Test
  void removeTakesASpeechOutInANewGenerationAndRefusesAnUnknownId() throws Exception {
    Path root = dir.resolve("index");
    assertEquals(0, reindex(src, root).code());
    IndexLayout layout = new IndexLayout(root);

    Cli.Run unknown = Cli.run("remove", "--index", root.toString(), "s01", "nope");
    assertEquals(1, unknown.code(), unknown.toString());
    assertEquals("", unknown.out());
    assertEquals("remove: no speech has the id nope\n", unknown.err());
    assertEquals("gen-000001", layout.current().orElseThrow().getFileName().toString());
    assertEquals(3, GenerationInfo.read(layout.current().orElseThrow()).speeches(), "nothing gone");

    Cli.Run r = Cli.run("remove", "--index", root.toString(), "s01");
    assertEquals(0, r.code(), r.toString());
    String live = layout.current().orElseThrow().getFileName().toString();
    assertEquals("remove: generation " + live + " is live; removed [s01]\n", r.out());
    assertEquals(2, GenerationInfo.read(layout.current().orElseThrow()).speeches());
  }
}
