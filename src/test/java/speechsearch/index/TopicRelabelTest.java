package speechsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.topic.TopicClassifier;
import speechsearch.ingest.topic.TopicModel;
import speechsearch.vocabulary.Taxonomy;

/**
 * Labels follow the taxonomy and model of the run: a reindex with another model relabels the trees
 * it keeps from the live generation without parsing them, each generation keeps and records the
 * pair it was labelled with, and {@code add} labels new speeches with the live generation's pair.
 */
class TopicRelabelTest {
  @TempDir Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SPEECH =
      """
      在全县教育工作会议上的讲话
      同志们：
      一、加强教师队伍建设
      一是加强教师培训，提高教师专业素质。
      二是修建通往学校的公路，公路通到每个村。
      """;

  private static String resource(String name) throws IOException {
    try (InputStream in = TopicRelabelTest.class.getResourceAsStream("/topics/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  /** Every unit's labels in the live generation's stored trees, in order. */
  private static List<String> labels(IndexLayout layout) throws IOException {
    List<String> out = new ArrayList<>();
    try (FSDirectory d = FSDirectory.open(layout.current().orElseThrow());
        DirectoryReader r = DirectoryReader.open(d)) {
      IndexSearcher s = new IndexSearcher(r);
      var hits = s.search(new TermQuery(new Term(Schema.KIND, Schema.KIND_SPEECH)), 10).scoreDocs;
      List<String> trees = new ArrayList<>();
      for (var h : hits) trees.add(s.storedFields().document(h.doc).get(Schema.SPEECH_JSON));
      trees.sort(null);
      for (String tree : trees) collect(JSON.readTree(tree).get("sections"), out);
    }
    return out;
  }

  private static void collect(JsonNode units, List<String> out) {
    for (JsonNode u : units) {
      List<String> l = new ArrayList<>();
      for (JsonNode t : u.get("topics")) l.add(t.get("label").asText());
      out.add(u.get("heading").asText() + " " + l);
      collect(u.get("children"), out);
    }
  }

  @Test
  void anotherModelRelabelsTheKeptTreesWithoutParsingThemAgain() throws IOException {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("a.txt"), SPEECH, StandardCharsets.UTF_8);
    Path taxonomy = write("topics.tsv", resource("tiny-topics.tsv"));
    Path model = write("model.tsv", resource("tiny-model.tsv"));
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    TopicClassifier first = TopicClassifier.load(taxonomy, model);
    new Reindexer(SpeechIngester.withTopics(first), TokenizerChoice.FAST, 1)
        .reindex(List.of(src), layout, Reindexer.Progress.NONE);
    assertEquals(
        List.of("加强教师队伍建设 [教育/教师队伍建设]", "加强教师培训，提高教师专业素质 [教育/教师队伍建设]", "修建通往学校的公路，公路通到每个村 [交通/道路]"),
        labels(layout));
    Path gen = layout.current().orElseThrow();
    GenerationInfo info = GenerationInfo.read(gen);
    assertEquals(first.taxonomy().sha256(), info.topicTaxonomy());
    assertEquals(first.model().sha256(), info.topicModel());
    assertEquals(Files.readString(taxonomy), Files.readString(gen.resolve(Taxonomy.FILE_NAME)));
    assertEquals(first.model().format(), Files.readString(gen.resolve(TopicModel.FILE_NAME)));

    // the same speech under a model where 教师 means 学前教育
    Path other = write("model2.tsv", resource("tiny-model.tsv").replace("0:6 2:6", "0:6 3:6"));
    TopicClassifier second = TopicClassifier.load(taxonomy, other);
    ReindexReport again =
        new Reindexer(SpeechIngester.withTopics(second), TokenizerChoice.FAST, 1)
            .reindex(List.of(src), layout, Reindexer.Progress.NONE);
    assertEquals(1, again.reused(), "the tree was kept, not parsed again");
    assertEquals(
        List.of("加强教师队伍建设 [教育/学前教育]", "加强教师培训，提高教师专业素质 [教育/学前教育]", "修建通往学校的公路，公路通到每个村 [交通/道路]"),
        labels(layout));
    assertEquals(
        second.model().sha256(), GenerationInfo.read(layout.current().orElseThrow()).topicModel());
  }

  @Test
  void addLabelsNewSpeechesWithTheLiveGenerationsTaxonomyAndModel() throws IOException {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("a.txt"), SPEECH, StandardCharsets.UTF_8);
    TopicClassifier tiny =
        TopicClassifier.load(
            write("topics.tsv", resource("tiny-topics.tsv")),
            write("model.tsv", resource("tiny-model.tsv")));
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    new Reindexer(SpeechIngester.withTopics(tiny), TokenizerChoice.FAST, 1)
        .reindex(List.of(src), layout, Reindexer.Progress.NONE);
    // another speech, not a near copy of the first (add would merge that into it)
    Path b =
        write(
            "b.txt",
            """
            在全市交通工作会议上的讲话
            同志们：
            一、加快农村公路建设
            一是新建和改造农村公路八百公里，公路通到每个镇。
            二是建设乡村学校教师周转房，让乡村教师住得安心。
            """);
    // the ingester's own classifier (the bundled one) is not what labels the added speech
    new IndexUpdater(SpeechIngester.withDefaults()).add(layout, List.of(b));
    List<String> all = labels(layout);
    assertEquals(6, all.size(), all.toString());
    for (String l : all) {
      assertTrue(l.matches(".*\\[(教育|交通)[^\\]]*\\]"), "a label of the tiny taxonomy: " + l);
    }
  }
}
