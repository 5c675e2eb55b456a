package speechsearch.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each marker style in each of its forms, read with its ordinal; numbers that are not markers. */
class MarkersTest {
  private static String found(String text) {
    Markers.Found f = Markers.at(text, 0);
    return f == null ? null : f.style() + " " + f.ordinal() + " " + f.text() + " " + f.end();
  }

  @Test
  void everyStyleIsFoundInEachOfItsFormsWithItsOrdinal() {
    // text, then style, ordinal, marker text and where the marker ends
    String[][] cases = {
      {"一、总体要求", "CN_DUN 1 一、 2"},
      {"十二、加强党的建设", "CN_DUN 12 十二、 3"},
      {"（二）工作重点", "CN_PAREN 2 （二） 3"},
      {"( 三 )工作重点", "CN_PAREN 3 (三) 5"},
      {"三是推进改革", "CN_SHI 3 三是 2"},
      {"一要提高认识", "CN_SHI 1 一要 2"},
      {"第四，加强监管", "CN_DI 4 第四， 3"},
      {"第二十一：加强监管", "CN_DI 21 第二十一： 5"},
      {"第一个方面,讲一讲年初以来的工作", "CN_DI 1 第一个方面, 6"},
      {"第二层意思:对大家表示感谢", "CN_DI 2 第二层意思: 6"},
      {"第三点,统筹推进", "CN_DI 3 第三点, 4"},
      {"第四點,統籌推進", "CN_DI 4 第四點, 4"},
      {"5、加强监管", "AR_DUN 5 5、 2"},
      {"16.加强监管", "AR_DUN 16 16. 3"},
      {"（7）加强监管", "AR_PAREN 7 （7） 3"},
      {"⑧加强监管", "CIRCLED 8 ⑧ 1"},
      {"⑳加强监管", "CIRCLED 20 ⑳ 1"},
    };
    for (String[] c : cases) assertEquals(c[1], found(c[0]), c[0]);
  }

  @Test
  void numbersThatAreNotEnumeratorsAreText() {
    for (String text :
        List.of(
            "第一、二轮督查", // ordinals listed together
            "一、二季度", "一是一非", "1.5万亿元", "2.3.1节", "三十十、", "零、", "123、",
            "（1）", // a marker must introduce text
            "第三届", "一二三")) {
      assertNull(found(text), text);
    }
  }

  @Test
  void theLongFormHeadsAPartOnlyFromTheStartOfItsLine() {
    String runOn = "主要有以下三个方面的考虑:第一个方面,今年的工作早有安排";
    assertNull(Markers.at(runOn, runOn.indexOf('第')));
    String ownLine = "同志们:\n第二个方面,讲一讲下一步的打算";
    assertEquals(2, Markers.at(ownLine, ownLine.indexOf('第')).ordinal());
    // the parts named in a row are no part begun
    String named = "同志们:\n第一个方面、第二个方面的问题去年已经讲过了";
    assertNull(Markers.at(named, named.indexOf('第')));
    String point = "我讲三点意见。第一点,统一思想";
    assertNull(Markers.at(point, point.indexOf('第')));
    String pointLine = "同志们:\n第一点,统一思想";
    assertEquals(1, Markers.at(pointLine, pointLine.indexOf('第')).ordinal());
    String shortForm = "主要有以下三点考虑:第一,今年的工作早有安排";
    assertEquals(1, Markers.at(shortForm, shortForm.indexOf('第')).ordinal());
  }

  @Test
  void theRankIsTheUsualOrderAndTwoStylesHaveNoPlace() {
    List<MarkerStyle> order =
        List.of(
            MarkerStyle.CN_DUN,
            MarkerStyle.CN_PAREN,
            MarkerStyle.AR_DUN,
            MarkerStyle.AR_PAREN,
            MarkerStyle.CIRCLED);
    for (int i = 0; i < order.size(); i++) assertEquals(i, order.get(i).rank(), order.get(i) + "");
    assertEquals(MarkerStyle.UNRANKED, MarkerStyle.CN_SHI.rank());
    assertEquals(MarkerStyle.UNRANKED, MarkerStyle.CN_DI.rank());
  }
}
