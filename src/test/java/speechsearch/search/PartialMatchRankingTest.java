package speechsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.testing.SmallIndex;

/**
 * The fallback level, where no measure has every word: what a measure has of the query counts by
 * what it says, not by how many words it has or where.
 */
class PartialMatchRankingTest {
  @TempDir static Path dir;
  static SmallIndex index;

  @BeforeAll
  static void build() throws IOException {
    index =
        SmallIndex.of(
            dir,
            Map.of(
                "safety.txt",
                "在全市安全生产工作会议上的讲话\n同志们：\n"
                    + "一、守住安全底线\n"
                    + "（一）防范化解风险隐患。开展重点行业隐患排查。\n"
                    + "（二）排查消防隐患。整治燃气管道。\n"
                    + "（三）消除交通隐患。加强道路巡查，实行人车分流。\n"
                    + "（四）治理地质灾害隐患。落实群测群防。\n",
                "school.txt",
                "在全市教育工作会议上的讲话\n同志们：\n"
                    + "一、办好人民满意的教育\n"
                    + "（一）加强校车安全管理。确保孩子们的人身安全，落实学校安全责任，完善安全教育课程，"
                    + "开展应急疏散演练，健全家校沟通机制，建立安全工作台账，定期开展安全检查。\n"
                    + "（二）建设科学实验室。开展科普活动。\n"));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void theOneRareWordOutranksAnEverydayWordInHeadings() throws IOException {
    // no measure has all three; four short ones have 隐患, in their headings, and one long one has
    // 校车. An equal bonus per word and the heading's weight put the four first.
    SearchResponse r = index.search("校车 接送 隐患", 10);
    assertEquals("partial", r.match());
    assertTrue(r.hits().get(0).text().contains("校车"), r.hits().toString());
  }

  @Test
  void charactersSharedWithAWordRankButAreNotMarked() throws IOException {
    // 车 of 车辆 stands alone in 人车分流: it counts toward the rank, but marking it would mark
    // characters all over the texts
    SearchResponse r = index.search("隐患 车辆", 10);
    assertEquals("partial", r.match());
    SearchResponse.Hit traffic =
        r.hits().stream().filter(h -> h.text().contains("人车分流")).findFirst().orElseThrow();
    assertEquals(traffic, r.hits().get(0), "the measure with 隐患 and 车 ranks first");
    Matcher marked = Pattern.compile("<mark>([^<]*)</mark>").matcher(traffic.snippet());
    boolean any = false;
    while (marked.find()) {
      any = true;
      assertFalse(marked.group(1).equals("车"), traffic.snippet());
    }
    assertTrue(any, "隐患 is marked: " + traffic.snippet());
  }
}
