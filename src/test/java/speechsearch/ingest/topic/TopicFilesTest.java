package speechsearch.ingest.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.vocabulary.Taxonomy;

/**
 * The taxonomy and model files: the bundled ones hold together, a broken one is refused clearly.
 */
class TopicFilesTest {
  @TempDir Path dir;

  /** The 主题分类 of the State Council's policy-document library. */
  private static final Set<String> OFFICIAL =
      Set.of(
          "综合政务",
          "国民经济管理、国有资产监管",
          "财政、金融、审计",
          "国土资源、能源",
          "农业、林业、水利",
          "工业、交通",
          "商贸、海关、旅游",
          "市场监管、安全生产监管",
          "城乡建设、环境保护",
          "科技、教育",
          "文化、广电、新闻出版",
          "卫生、体育",
          "人口与计划生育、妇女儿童工作",
          "劳动、人事、监察",
          "公安、安全、司法",
          "民政、扶贫、救灾",
          "民族、宗教",
          "对外事务",
          "港澳台侨工作",
          "国防",
          "其他");

  @Test
  void theBundledTaxonomyCoversEveryOfficialCategoryWithThreeToTenTopicsAnArea() {
    Taxonomy t = Taxonomy.bundled();
    Set<String> covered = new TreeSet<>();
    for (Taxonomy.Area a : t.areas()) {
      assertTrue(OFFICIAL.contains(a.official()), a.name() + " maps to " + a.official());
      covered.add(a.official());
      int n = a.topics().size();
      assertTrue(n >= 3 && n <= 10, a.name() + " has " + n + " topics");
    }
    assertEquals(new TreeSet<>(OFFICIAL), covered);
    assertEquals("科技、教育", t.officialCategory("教育/校园安全"));
    assertEquals("综合政务", t.officialCategory("党的建设"));
  }

  @Test
  void aFilterValueIsAnAreaALabelOrATopicNameOneAreaHas() {
    Taxonomy t = Taxonomy.bundled();
    assertEquals(List.of("教育"), List.of(t.pathOf("教育").orElseThrow()));
    assertEquals(List.of("教育", "校园安全"), List.of(t.pathOf("教育/校园安全").orElseThrow()));
    assertEquals(List.of("教育", "校园安全"), List.of(t.pathOf(" 校园安全 ").orElseThrow()));
    assertTrue(t.pathOf("教育/不存在").isEmpty());
    assertTrue(t.pathOf("经济发展").isEmpty(), "the old catch-all is gone");
  }

  @Test
  void theBundledModelReadsAndKnowsEveryLabelOfTheTaxonomy() {
    TopicClassifier c = TopicClassifier.bundled();
    assertEquals(List.of(), c.labelsWithoutModel());
    assertEquals(Taxonomy.bundled().sha256(), c.model().taxonomySha256(), "trained for this file");
  }

  @Test
  void aModelWrittenAndReadAgainIsTheSame() throws IOException {
    TopicModel m = TopicModel.bundled();
    TopicModel again = TopicModel.parse(m.format().getBytes(StandardCharsets.UTF_8), "again");
    assertEquals(m.format(), again.format());
    assertEquals(m.sha256(), again.sha256());
  }

  @Test
  void theBundledModelFileIsInTheFormFormatWritesSoAGenerationMayKeepItAsItIs() {
    // the bundled classifier hands out the file's own text instead of formatting the model again
    TopicClassifier c = TopicClassifier.bundled();
    assertEquals(c.model().format(), c.modelText());
    assertEquals(c.model().format(), TopicModel.bundledText());
  }

  interface Loader {
    Object load(Path file) throws IOException;
  }

  /** The message of the IOException that loading a file of this text throws. */
  private String error(String name, String text, Loader loader) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return assertThrows(IOException.class, () -> loader.load(f)).getMessage();
  }

  private String taxonomyError(String text) throws IOException {
    return error("topics.tsv", text, Taxonomy::load);
  }

  @Test
  void aBrokenTaxonomyIsRefusedWithItsFileAndLine() throws IOException {
    assertTrue(taxonomyError("").contains("defines no area"));
    assertTrue(taxonomyError("# only comments\n\n").contains("defines no area"));
    String m = taxonomyError("教育\t教师\t教师 师资\n");
    assertTrue(m.contains("topics.tsv line 1") && m.contains("before any [AREA]"), m);
    m = taxonomyError("[教育]\t科技、教育\t教育\n教师队伍建设 教师 师资\n");
    assertTrue(m.contains("line 2") && m.contains("one tab"), m);
    m = taxonomyError("[教育]\t\t教育\n");
    assertTrue(m.contains("names no category"), m);
    m = taxonomyError("[教育]\t科技、教育\t教育\n教师\t教师\n教师\t师资\n");
    assertTrue(m.contains("line 3") && m.contains("twice"), m);
    m = taxonomyError("[教育]\t科技、教育\t教育\n教/师\t教师\n");
    assertTrue(m.contains("not a name"), m);
    Path bad = dir.resolve("bad.tsv");
    Files.write(bad, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
    assertTrue(
        assertThrows(IOException.class, () -> Taxonomy.load(bad))
            .getMessage()
            .contains("not UTF-8"));
    Path missing = dir.resolve("missing.tsv");
    m = assertThrows(IOException.class, () -> Taxonomy.load(missing)).getMessage();
    assertTrue(m.contains(missing.toString()) && m.contains("does not exist"), m);
  }

  private String modelError(String text) throws IOException {
    return error("model.tsv", text, TopicModel::load);
  }

  @Test
  void aBrokenModelIsRefusedWithItsFileAndLine() throws IOException {
    String good =
        new String(TopicClassifierTest.resource("tiny-model.tsv"), StandardCharsets.UTF_8);
    assertTrue(modelError("").contains("is empty"));
    assertTrue(modelError("label\t教育\t1\t0\t0\t0\n").contains("not a model file"));
    String m = modelError(good.replace("param\tunseenBias\t-4\n", ""));
    assertTrue(m.contains("lacks unseenBias"), m);
    m = modelError(good.replace("word\t公路\t4:8 5:8", "word\t公路\t4:8 9:8"));
    assertTrue(m.contains("model.tsv line") && m.contains("label 9 is not one of the labels"), m);
    m = modelError(good.replace("word\t公路\t4:8 5:8", "word\t公路\t4:eight"));
    assertTrue(m.contains("not a number"), m);
    m = modelError(good.replace("param\tmainThreshold\t0", "param\tmainThreshold\tNaN"));
    assertTrue(m.contains("not a finite number"), m);
    m = modelError(good + "weight\tx\n");
    assertTrue(m.contains("unknown line type 'weight'"), m);
    m = modelError(good.replace("label\t教育/教师队伍建设\t-4\t0\t0\t0", "label\t教育/教师队伍建设\t-4"));
    assertTrue(m.contains("column 4 missing"), m);
  }

  @Test
  void aModelThatKnowsNoneOfTheTaxonomysLabelsIsRefused() throws IOException {
    Path t = dir.resolve("t.tsv");
    Files.writeString(t, "[交通]\t工业、交通\t交通\n道路\t公路\n港口\t港口\n水运\t航道\n", StandardCharsets.UTF_8);
    Path m = dir.resolve("m.tsv");
    Files.write(m, TopicClassifierTest.resource("tiny-model.tsv"));
    // the tiny model knows 交通 and 交通/道路: accepted, the rest on keywords
    assertEquals(List.of("交通/港口", "交通/水运"), TopicClassifier.load(t, m).labelsWithoutModel());
    Files.writeString(t, "[外事]\t对外事务\t外交\n外交\t外交\n", StandardCharsets.UTF_8);
    String msg = assertThrows(IOException.class, () -> TopicClassifier.load(t, m)).getMessage();
    assertTrue(
        msg.contains("knows none of the taxonomy's labels") && msg.contains("topics train"), msg);
  }
}
