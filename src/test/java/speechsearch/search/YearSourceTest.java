package speechsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.testing.SmallIndex;

/**
 * A hit says where its speech's year came from, so the page can show an inferred year or a page's
 * upload date as such and never cite either as the speech's own date.
 */
class YearSourceTest {
  @TempDir Path dir;

  @Test
  void eachHitSaysWhereItsSpeechsYearCameFrom() throws IOException {
    Map<String, SearchResponse.SpeechRef> byId = new HashMap<>();
    try (SmallIndex index =
        SmallIndex.of(
            dir,
            Map.of(
                "titled.txt",
                "在2024年全县水利工作会议上的讲话\n同志们：\n今天部署灌区改造，推进小型水库除险加固。\n",
                "festival.txt",
                "在庆祝教师节大会上的讲话\n同志们：\n在第三十六个教师节来临之际，我们表彰灌区学校的优秀教师。\n",
                "uploaded.txt",
                "在全县灌区管护工作会议上的讲话\n发布时间:2023-04-05\n同志们：\n今天研究灌区管护，落实管护责任。\n"))) {
      for (SearchResponse.Hit h : index.search("灌区", 20).hits())
        byId.put(h.speech().id(), h.speech());
    }
    assertEquals(3, byId.size(), byId.keySet().toString());

    // a year written in the title is the speech's own and is shown plainly
    assertEquals(2024, byId.get("titled").year());
    assertEquals("title", byId.get("titled").yearSource());

    // 第36个教师节 fixes 2020, but only by inference: the page must say so
    assertEquals(2020, byId.get("festival").year());
    assertEquals("inferred", byId.get("festival").yearSource());

    // only the page's publish row dates it: year and date both come from the page
    assertEquals(2023, byId.get("uploaded").year());
    assertEquals("2023-04-05", byId.get("uploaded").date());
    assertEquals("page", byId.get("uploaded").yearSource());
  }
}
