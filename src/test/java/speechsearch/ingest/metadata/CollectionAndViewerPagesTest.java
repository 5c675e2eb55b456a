package speechsearch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import speechsearch.ingest.SpeechIngester;
import speechsearch.speech.Speech;
import speechsearch.speech.Unit;

/**
 * The kinds of page half K of the real-pages set brought (collections with a table of contents,
 * document viewers that break lines at numbers or keep their markup, headings run into their
 * bodies), each in a short page written for this test, with the ordinary text each rule must leave
 * alone beside it.
 */
class CollectionAndViewerPagesTest {
  private static final SpeechIngester INGESTER = SpeechIngester.withDefaults();

  private static Speech parse(String page) {
    return INGESTER.parseText("page.txt", page);
  }

  private static final String BODY = "同志们:\n今天我们召开全县工作会议,主要任务是部署今年的重点工作。\n";

  @Test
  void anAddressNamedForItsPlaceInAMeetingIsASpeechTitle() {
    // a collection's bare name, then the item's own fuller name
    assertEquals("某某学校第三届教代会开幕词", parse("教代会开幕词\n某某学校第三届教代会开幕词\n" + BODY).title());
    assertEquals("在全县农民运动会上的闭幕词", parse("在全县农民运动会上的闭幕词\n" + BODY).title());
  }

  @Test
  void aCollectionsContentsAndNameGiveWayToItsFirstSpeechsTitle() {
    Speech s =
        parse(
            "乡镇长在重点工作会上的讲话整理-\n"
                + "以下是网友为您整理分享的相关范文,供您参考!\n"
                + "目录\n"
                + "某某镇镇长在全镇三级干部大会上的讲话2\n"
                + "某某乡乡长在乡人代会上的讲话11\n"
                + "某某镇镇长在全镇三级干部大会上的讲话\n"
                + BODY);
    assertEquals("某某镇镇长在全镇三级干部大会上的讲话", s.title());
    assertTrue(s.preamble().startsWith("同志们"), s.preamble());
  }

  @Test
  void aSpeechOfOneNameWithoutContentsKeepsIt() {
    assertEquals("在全县经济工作会议上的讲话整理稿", parse("在全县经济工作会议上的讲话整理稿\n" + BODY).title());
  }

  @Test
  void numbersAViewerPutOnLinesOfTheirOwnAreRejoined() {
    Speech s =
        parse("区委书记在\n2022\n年一季度经济运行分析会上的讲话\n同志们:\n今天,我们召开\n2022\n年一季度经济运行分析会。下面,请\nXX\n同志汇报。\n");
    assertEquals("区委书记在2022年一季度经济运行分析会上的讲话", s.title());
    assertEquals(2022, s.year());
    assertTrue(s.preamble().contains("召开2022年一季度"), s.preamble());
  }

  @Test
  void aSinglePageNumberBetweenParagraphsStaysApart() {
    Speech s = parse("在全县工作会议上的讲话\n同志们:\n今天我们召开全县工作会议\n2\n年度目标已经下达。\n");
    assertTrue(!s.preamble().contains("会议2年度"), s.preamble());
  }

  @Test
  void markupCopiedWithTheTextBreaksItsLines() {
    Speech s =
        parse(
            "某某市长在全市物业管理工作会议上的讲话<br />同志们:<br />今天召开全市物业管理工作会议。<br />一、<span>高度重视</span>物业管理工作<br />(一)要充分认识物业管理的重要性。</p><p style=\"x\">物业管理事关民生。\n");
    assertEquals("某某市长在全市物业管理工作会议上的讲话", s.title());
    Unit first = s.sections().get(0);
    assertEquals("高度重视物业管理工作", first.heading());
    assertEquals("(一)", first.children().get(0).marker());
  }

  @Test
  void numberedOccasionsPlansAndCongressesGiveTheYear() {
    assertEquals(2025, parse("同志们:\n今天我们欢聚一堂,共同庆祝第115个“三八”国际妇女节。\n").year());
    assertEquals(2024, parse("同志们:\n在第113个国际护士节到来之际,我代表院党委向全院护士致以节日问候。\n").year());
    assertEquals(2011, parse("各位代表:\n今年是第十二个五年规划的开局之年,学校召开教代会意义重大。\n").year());
    assertEquals(2022, parse("同志们:\n下半年还要召开党的二十大,安全稳定工作责任重大。\n").year());
    // a congress held before is a look back, not this year's
    assertNull(parse("同志们:\n党的二十大召开以来,全县上下砥砺奋进。\n").year());
  }

  @Test
  void aUnitSpeakingForItselfAtAMeetingOfSeveralGivesItsLevel() {
    Speech s =
        parse(
            "在全区物业管理工作大会上的发言\n尊敬的各位领导:\n今天开发区在这里召开全区物业管理工作大会,全区上下高度重视。下面我代表新开镇发言如下:近年来,我镇积极推进小区建设。\n");
    assertEquals("镇", s.region().level());
  }

  @Test
  void aMaskedNameBeforeASuperiorsPostIsNoPlaceOfTheSpeaker() {
    Speech s =
        parse(
            "同志们:\n今天我们召开动员大会,动员全县上下加快推进垃圾分类。刚才,XXX副县长作了部署。省委、省政府召开全省动员会,XXX省长明确要求全民行动,省委书记XXX也作出指示。\n");
    assertEquals("县", s.region().level());
  }

  @Test
  void aHeadingRunIntoItsBodyEndsWhereTheBodyBegins() {
    Speech s =
        parse(
            "在全市安全生产会议上的讲话\n同志们:\n"
                + "一、充分肯定过去一年我市安全生产工作所取得的成效2002年,在各级党委政府领导下,我市安全生产形势保持平稳,取得了显著成绩:一是事故总量下降。二是监管力量加强。\n"
                + "二、认清当前安全生产面临的严峻形势一是各类事故仍呈上升趋势。\n");
    List<Unit> parts = s.sections();
    assertEquals("充分肯定过去一年我市安全生产工作所取得的成效", parts.get(0).heading());
    assertEquals(2, parts.get(0).children().size());
    assertEquals("认清当前安全生产面临的严峻形势", parts.get(1).heading());
    assertEquals("一是", parts.get(1).children().get(0).marker());
  }

  @Test
  void aFirstItemGluedToAHeadingWithCommasIsItsChild() {
    Speech s = parse("同志们:\n一、提高认识,统一思想,充分认识加快全县农村公路建设的重要意义(一)加快农村公路建设是民生所需全面奔小康,交通需先行。\n");
    Unit part = s.sections().get(0);
    assertEquals("提高认识,统一思想,充分认识加快全县农村公路建设的重要意义", part.heading());
    assertEquals("(一)", part.children().get(0).marker());
  }

  @Test
  void theOneOfAWordInAHeadingIsNoItem() {
    Speech s = parse("同志们:\n(一)必须把发展作为执政兴国的第一要务,不断开创新局面。\n(二)必须统一要求,形成合力。\n");
    for (Unit u : s.sections()) assertTrue(u.children().isEmpty(), u.heading());
  }
}
