package speechsearch.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import speechsearch.ingest.clean.TextCleaner;
import speechsearch.ingest.parse.SpeechParser.Node;

/**
 * Where units begin and end, on short texts written for these tests: a marker alone on its line, a
 * list of one-paragraph measures followed by the section's own paragraphs, a list after a lead-in,
 * a list that starts again, and endnotes after the body.
 */
class UnitBoundariesTest {
  private final SpeechParser parser = new SpeechParser();
  private final TextCleaner cleaner = new TextCleaner();

  private SpeechParser.Body parse(String text) {
    return parser.parse(cleaner.clean(text).bodyText());
  }

  private static List<String> outline(List<Node> units) {
    List<String> out = new ArrayList<>();
    walk(units, 0, out);
    return out;
  }

  private static void walk(List<Node> units, int depth, List<String> out) {
    for (Node u : units) {
      out.add("  ".repeat(depth) + (u.marker().isEmpty() ? "∅" : u.marker()) + u.heading());
      walk(u.children(), depth + 1, out);
    }
  }

  @Test
  void aMarkerAloneOnItsLineTakesTheHeadingOnTheNextLine() {
    String[][] styles = {{"一、", "二、"}, {"（一）", "（二）"}, {"第一、", "第二、"}, {"1.", "2."}};
    for (String[] s : styles) {
      String text =
          "同志们：\n今天我们开会，研究全年的水利工作。\n"
              + s[0]
              + "\n修好村里的小水渠\n今年要把渠道清淤一遍，保证春灌用水。\n"
              + s[1]
              + "\n管好库区的水质\n每月检测一次水库水质，发现问题及时处置。\n";
      List<Node> units = parse(text).units();
      assertEquals(2, units.size(), s[0] + ": " + outline(units));
      assertEquals("修好村里的小水渠", units.get(0).heading(), s[0]);
      assertEquals("管好库区的水质", units.get(1).heading(), s[0]);
      assertTrue(units.get(0).text().endsWith("保证春灌用水。"), s[0] + ": " + units.get(0).text());
    }
  }

  @Test
  void theLastOfAListOfOneParagraphMeasuresEndsWithItsParagraph() {
    SpeechParser.Body b =
        parse(
            "一、过去一年的工作\n一年来，我们做了三件事。\n"
                + "一是修通了山区公路。全年新修公路八十公里。\n"
                + "二是办好了乡村学校。新建校舍十二所。\n"
                + "三是守住了安全底线。全年未发生较大事故。\n"
                + "各位代表！\n"
                + "回顾五年来的历程，我们的体会是必须坚持实干。\n"
                + "我们也要看到，发展中还有不少短板。\n"
                + "二、今年的主要任务\n今年要做好以下工作。\n");
    Node review = b.units().get(0);
    Node third = review.children().get(2);
    assertEquals("三是守住了安全底线。全年未发生较大事故。", third.text());
    assertEquals("各位代表！\n回顾五年来的历程，我们的体会是必须坚持实干。\n我们也要看到，发展中还有不少短板。", review.tail());
    assertEquals("二、今年的主要任务\n今年要做好以下工作。", b.units().get(1).text());
  }

  @Test
  void aMeasureOfAHeadingAndABodyParagraphKeepsBothButNotWhatFollows() {
    SpeechParser.Body b =
        parse(
            "一、主要成绩\n"
                + "一是粮食稳产。\n全年粮食产量保持稳定，耕地面积没有减少。\n"
                + "二是农民增收。\n农村居民收入增长六个百分点。\n"
                + "这些成绩来之不易，是全县上下共同努力的结果。\n"
                + "二、下一步打算\n继续抓好农业生产。\n");
    Node first = b.units().get(0);
    assertEquals("二是农民增收。\n农村居民收入增长六个百分点。", first.children().get(1).text());
    assertEquals("这些成绩来之不易，是全县上下共同努力的结果。", first.tail());
  }

  @Test
  void aSectionOfLongerMeasuresKeepsItsLastMeasureWhole() {
    SpeechParser.Body b =
        parse(
            "一、重点任务\n"
                + "（一）抓好产业。\n壮大特色种植。\n发展农产品加工。\n扩大电商销售。\n"
                + "（二）抓好生态。\n治理水土流失。\n保护湿地。\n推进植树造林。\n"
                + "二、保障措施\n加强组织领导。\n");
    Node second = b.units().get(0).children().get(1);
    assertEquals("（二）抓好生态。\n治理水土流失。\n保护湿地。\n推进植树造林。", second.text());
    assertEquals("", b.units().get(0).tail());
  }

  @Test
  void aListAfterALeadInIsAListOfTheSectionNotOfTheLastMeasure() {
    SpeechParser.Body b =
        parse(
            "一、今年的工作\n"
                + "（一）稳定就业。\n"
                + "（二）稳定物价。\n"
                + "我们讲稳定，就是要守住民生底线。\n"
                + "为此，县政府决定着重抓好以下三项工作。\n"
                + "第一、\n修缮老旧小区的供暖管网。\n"
                + "第二、\n增设社区食堂。\n"
                + "第三、\n延长公交末班时间。\n"
                + "二、政府自身建设\n转变作风。\n");
    assertEquals(
        List.of(
            "一、今年的工作",
            "  （一）稳定就业",
            "  （二）稳定物价",
            "  ∅为此，县政府决定着重抓好以下三项工作",
            "    第一、修缮老旧小区的供暖管网",
            "    第二、增设社区食堂",
            "    第三、延长公交末班时间",
            "二、政府自身建设"),
        outline(b.units()));
    Node group = b.units().get(0).children().get(2);
    assertEquals("（二）稳定物价。", b.units().get(0).children().get(1).text());
    assertEquals("我们讲稳定，就是要守住民生底线。\n为此，县政府决定着重抓好以下三项工作。", group.text());
  }

  @Test
  void aListRightAfterAMeasureStaysThatMeasuresOwn() {
    SpeechParser.Body b =
        parse("一、工作安排\n" + "一是改善交通。\n" + "二是改善供水：\n" + "1.新建水厂一座。\n" + "2.更换老旧管网。\n");
    assertEquals(
        List.of("一、工作安排", "  一是改善交通", "  二是改善供水", "    1.新建水厂一座", "    2.更换老旧管网"),
        outline(b.units()));
  }

  @Test
  void aStyleThatStartsAgainAfterALeadInIsASecondListBesideTheFirst() {
    SpeechParser.Body b =
        parse(
            "各位代表：\n现在报告今后五年的考虑。\n一、今后五年的考虑\n"
                + "我们面临的条件是：一是区位优势明显；二是产业基础较好。\n"
                + "今后五年要在两个方面下功夫：\n"
                + "一是做大园区。\n"
                + "二是做强品牌。\n");
    assertEquals(
        List.of(
            "一、今后五年的考虑",
            "  一是区位优势明显",
            "  二是产业基础较好",
            "  ∅今后五年要在两个方面下功夫",
            "    一是做大园区",
            "    二是做强品牌"),
        outline(b.units()));
  }

  @Test
  void aSpokenPartKeepsTheListAfterItsLeadInWhereThePageEndsBeforeTheNextPart() {
    SpeechParser.Body b =
        parse(
            "同志们：\n第一个问题，提高认识，抓好合作医疗工作\n"
                + "具体办法等一会由副镇长讲，我这里仅强调两点：\n"
                + "一、要充分认识合作医疗的意义。\n合作医疗是民生工程。\n"
                + "二、要加强领导。\n各村要明确专人。\n");
    assertEquals(
        List.of("第一个问题，提高认识，抓好合作医疗工作", "  一、要充分认识合作医疗的意义", "  二、要加强领导"), outline(b.units()));
  }

  @Test
  void endnotesAfterTheBodyAreAnAppendixNotMeasures() {
    SpeechParser.Body b =
        parse(
            "一、主要工作\n"
                + "（一）推进“三通”工程。年内完成全部任务。\n"
                + "（二）落实“两补”政策。资金按时发放。\n"
                + "各位代表！让我们携手奋进。\n"
                + "名词解释\n"
                + "1.“三通”：通路、通水、通网。\n"
                + "2.“两补”：种粮补贴和农机补贴。\n");
    assertEquals(List.of("一、主要工作", "  （一）推进“三通”工程", "  （二）落实“两补”政策"), outline(b.units()));
    assertEquals("各位代表！让我们携手奋进。", b.closing());
    assertEquals("名词解释\n1.“三通”：通路、通水、通网。\n2.“两补”：种粮补贴和农机补贴。", b.appendix());
  }

  @Test
  void circledNumbersThatReferToEndnotesAreNotEnumerators() {
    SpeechParser.Body b =
        parse(
            "一、理论问题\n正如前人所说，实践出真知。①这是我们的出发点。\n"
                + "二、实际问题\n要把道理讲给群众听。②这样才能凝聚人心。\n"
                + "注：\n"
                + "① 某某：《论实践》，第一卷。\n"
                + "② 某某：《论群众》，第二卷。\n");
    assertEquals(List.of("一、理论问题", "二、实际问题"), outline(b.units()));
    assertTrue(b.appendix().startsWith("注："), b.appendix());
  }

  @Test
  void aNoteLineInsideTheBodyIsNotAnAppendix() {
    // the list goes on after the line: the body has not ended
    SpeechParser.Body b = parse("一、甲方面\n内容。\n注：\n以上数据为初步统计。\n二、乙方面\n内容。\n三、丙方面\n内容。\n");
    assertEquals(3, b.units().size(), outline(b.units()).toString());
    assertEquals("", b.appendix());
  }

  @Test
  void everyCharacterOfTheBodyIsInExactlyOnePart() {
    String body =
        cleaner
            .clean(
                "同志们：\n开场白。\n一、回顾\n一是甲。\n二是乙。\n这五年我们进步很大。\n"
                    + "二、任务\n（一）丙。\n（二）丁。\n然后是一段引导语，要抓好以下工作：\n1.戊。\n2.己。\n"
                    + "同志们，谢谢大家！\n附件\n1.庚：说明。\n")
            .bodyText();
    SpeechParser.Body b = parser.parse(body);
    StringBuilder all = new StringBuilder(b.preamble());
    append(b.units(), all);
    all.append(b.closing()).append(b.appendix());
    assertEquals(body.replaceAll("\\s+", ""), all.toString().replaceAll("\\s+", ""));
    assertFalse(b.appendix().isEmpty());
  }

  private static void append(List<Node> units, StringBuilder out) {
    for (Node u : units) {
      out.append(u.text());
      append(u.children(), out);
      out.append(u.tail());
    }
  }
}
