package speechsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.speech.Speech;
import speechsearch.speech.Unit;
import speechsearch.testing.SmallIndex;

/**
 * A section's tail and a speech's appendix are indexed and found: the tail as passages of its
 * section, the appendix as passages of its speech; a measure's unit ends with the measure; a hit
 * from an incomplete speech says so.
 */
class TailAndAppendixSearchTest {
  private static final String REPORT =
      "2025年某某市人民政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n"
          + "一、2024年工作回顾\n一年来，我们主要做了三件事。\n"
          + "一是稳住了工业生产。规模以上工业增加值增长百分之六。\n"
          + "二是改善了城市环境。新建口袋公园二十个。\n"
          + "三是办好了民生实事。新增托育位两千个。\n"
          + "各位代表！五年来，我们累计改造棚户区三万户，群众住上了新房。\n"
          + "二、2025年主要任务\n今年要抓好“城市更新”和“一老一小”两件大事。\n"
          + "各位代表，让我们团结奋斗！\n"
          + "名词解释\n1.“城市更新”：对城市建成区的空间形态和功能进行整治提升的活动。\n"
          + "2.“一老一小”：养老服务和婴幼儿照护服务。\n";

  private static final String CUT =
      "在全县春耕生产会议上的讲话\n同志们：\n今天召开会议，部署春耕生产。\n" + "一、备足农资\n要及早调运种子化肥，保证不误农时，切实解决农资供应中的堵";

  @TempDir static Path dir;
  private static SmallIndex index;

  @BeforeAll
  static void build() throws IOException {
    index = SmallIndex.of(dir, Map.of("report.txt", REPORT, "cut.txt", CUT));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void aSectionsTailIsFoundAsAPassageOfThatSection() throws IOException {
    SearchResponse res = index.search("棚户区", 10);
    assertFalse(res.hits().isEmpty(), "the tail is indexed");
    SearchResponse.Hit hit = res.hits().get(0);
    assertEquals("report-1~t1", hit.id());
    assertEquals(List.of("2024年工作回顾"), hit.path());
    // and the last measure before it does not hold it
    Unit third = index.service.units().unit("report-1.3").orElseThrow().unit();
    assertEquals("三是办好了民生实事。新增托育位两千个。", third.text());
  }

  @Test
  void theAppendixIsFoundAsPassagesOfItsSpeech() throws IOException {
    SearchResponse res = index.search("婴幼儿照护", 10);
    assertFalse(res.hits().isEmpty(), "the appendix is indexed");
    SearchResponse.Hit hit = res.hits().get(0);
    assertTrue(hit.id().startsWith("report~a"), hit.id());
    Speech s = index.service.units().speech("report").orElseThrow();
    assertTrue(s.appendix().startsWith("名词解释\n1.“城市更新”"), s.appendix());
    assertEquals(2, s.sections().size(), "endnotes are not measures");
  }

  @Test
  void aHitFromAnIncompleteSpeechSaysSo() throws IOException {
    SearchResponse.Hit cut = index.search("种子化肥", 10).hits().get(0);
    assertEquals("cut", cut.speech().id());
    assertTrue(cut.speech().truncated());
    SearchResponse.Hit whole = index.search("托育位", 10).hits().get(0);
    assertFalse(whole.speech().truncated());
  }
}
