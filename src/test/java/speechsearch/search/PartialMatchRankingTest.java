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
    // other measures, so that 隐患 in four of them is an everyday word, as it is in the corpus
    StringBuilder other = new StringBuilder("在全市经济工作会议上的讲话\n同志们：\n一、抓好经济工作\n");
    for (int i = 1; i <= 150; i++) other.append(i).append("、做好第").append(i).append("项重点工作。\n");
    StringBuilder hazards = new StringBuilder("在全市安全生产工作会议上的讲话\n同志们：\n一、守住安全底线\n");
    for (int i = 1; i <= 20; i++)
      hazards.append(i).append("、排查第").append(i).append("类隐患。落实整改责任。\n");
    index =
        SmallIndex.of(
            dir,
            Map.of(
                "economy.txt",
                other.toString(),
                "safety.txt",
                hazards.toString(),
                "traffic.txt",
                "在全市交通工作会议上的讲话\n同志们：\n一、保障道路安全\n"
                    + "（一）消除交通隐患。加强道路巡查，实行人车分流。\n"
                    + "（二）建设智慧交通。推进信号灯联网。\n",
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
