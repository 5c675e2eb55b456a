package speechsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.testing.SmallIndex;

/** Short forms a drafter types, searched with the full forms the speeches write. */
class BridgesTest {
  // our own sentences: the speeches write 职业学校 and 农业保险, never 职校 or 农险
  private static String speech(String title, String place, String measure) {
    return title + "\n同志们：\n一、做好教育工作\n（一）" + measure + "\n（二）加强安全管理。落实值班制度。\n";
  }

  private static final Map<String, String> SPEECHES =
      Map.of(
          "a.txt", speech("在甲县教育工作会议上的讲话", "甲县", "办好职业学校。职业学校要与企业合作开设专业，推进农业保险扩面。"),
          "b.txt", speech("在乙县教育工作会议上的讲话", "乙县", "支持职业学校发展。提高农业保险赔付，职业学校学生参加技能大赛。"),
          "c.txt", speech("在丙县教育工作会议上的讲话", "丙县", "职业学校招生向农村倾斜。农业保险理赔公开，职业学校毕业生就业。"),
          "d.txt", speech("在丁县教育工作会议上的讲话", "丁县", "改善职业学校实训条件。扩大农业保险覆盖面，办好特殊教育。"));

  @Test
  void aShortFormFindsItsFullFormAndSaysSo(@TempDir Path dir) throws IOException {
    try (SmallIndex index = SmallIndex.of(dir, SPEECHES)) {
      SearchResponse r = index.search("职校 实训", 5);
      assertFalse(r.hits().isEmpty(), "the measure that writes 职业学校 is found");
      assertTrue(r.hits().get(0).text().contains("职业学校实训"), r.hits().get(0).text());
      assertEquals(
          List.of(new SearchResponse.AlsoSearched("职校", "职业学校")), r.alsoSearched(), r.toString());
      // two index words written next to each other make a full form too (公办园 → 公办幼儿园 is of
      // this kind, but the glossary already searches it, so it needs no bridge)
      SearchResponse insurance = index.search("农险 覆盖面", 5);
      assertTrue(
          insurance.alsoSearched().contains(new SearchResponse.AlsoSearched("农险", "农业保险")),
          insurance.alsoSearched().toString());
      // a word the speeches write as it is gets no bridge
      assertTrue(index.search("职业学校", 5).alsoSearched().isEmpty());
    }
  }

  @Test
  void aFullFormHoldsTheWordsCharactersInOrderFromFirstToLast() {
    assertTrue(Bridges.fullFormOf("职校", "职业学校"));
    assertTrue(Bridges.fullFormOf("职教高考", "职业教育高考"));
    assertTrue(Bridges.fullFormOf("公办园", "公办幼儿园"));
    assertFalse(Bridges.fullFormOf("职校", "学校职业"));
    assertFalse(Bridges.fullFormOf("职校", "职业学院"));
    assertFalse(Bridges.fullFormOf("高考", "考试高"));
  }
}
