package speechsearch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import speechsearch.speech.Cleaning;

/** Cleaning counts what it removes, by rule, against the letters and digits of the file. */
class CleaningLossTest {
  private static final String BODY =
      "同志们：\n今天召开全县教育工作会议，主要任务是总结去年工作，部署今年任务，请大家认真抓好落实。\n"
          + "一、抓好重点任务\n一是推进乡村教师周转宿舍建设，今年完成十二项具体任务，由县教育局负责落实到位。\n";

  @Test
  void aPageTailCountsEverythingAfterIt() {
    String tail = "相关文章\n在全市工作会议上的讲话\n下一篇：关于做好教育工作的通知\n";
    Cleaning c = new TextCleaner().clean(BODY + tail).cleaning();
    assertEquals("page-tail", c.rule());
    assertEquals("相关文章", c.from());
    long removed = CleaningLoss.letters(tail);
    long all = CleaningLoss.letters(BODY + tail);
    assertEquals(Math.round(removed * 10_000.0 / all) / 10_000.0, c.dropped(), 1e-9);
    assertFalse(c.reported(), "a short tail under a long body is not news");
  }

  @Test
  void aCleanTextLosesNothing() {
    Cleaning c = new TextCleaner().clean(BODY).cleaning();
    assertEquals(Cleaning.NONE, c);
  }

  @Test
  void seedsJoinedIntoOneFileLoseMostOfTheirTextAndSaySo() throws Exception {
    StringBuilder joined = new StringBuilder();
    try (var seeds = Files.list(Path.of("src/test/resources/seeds"))) {
      for (Path seed : seeds.sorted().toList())
        joined.append(Files.readString(seed, StandardCharsets.UTF_8)).append('\n');
    }
    Cleaning c = new TextCleaner().clean(joined.toString()).cleaning();
    assertTrue(c.reported(), c.toString());
    assertTrue(c.dropped() > 0.5, c.toString());
    assertEquals("page-tail", c.rule(), c.toString());
    assertTrue(
        List.of("预览结束", "展开阅读全文", "相关文章").stream().anyMatch(c.from()::startsWith), c.toString());
  }
}
