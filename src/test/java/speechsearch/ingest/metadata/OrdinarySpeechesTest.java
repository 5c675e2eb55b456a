package speechsearch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import speechsearch.ingest.SpeechIngester;
import speechsearch.speech.Speech;

/**
 * Ordinary speeches that the rules for real pages' chrome, titles, years, levels and endings must
 * leave alone: each case here is a false friend of one of those rules, written for this test.
 */
class OrdinarySpeechesTest {
  private static final SpeechIngester INGESTER = SpeechIngester.withDefaults();

  private static Speech parse(String page) {
    return INGESTER.parseText("page.txt", page);
  }

  @Test
  void bodyLinesThatLookLikeAPortalsWeatherQrOrFieldRowsStay() {
    Speech s =
        parse(
            "在全县气象工作会议上的讲话\n同志们:\n今天召开全县气象工作会议,我讲三点意见。\n一、去年气候概况\n（一）年平均气温17.8℃\n"
                + "全年气温偏高,极端天气多发。\n（二）降水偏少两成\n全年降水偏少,旱情较重。\n二、全面推行企业二维码\n"
                + "各企业要在厂区显著位置张贴二维码,方便群众监督。\n指标：| 地区生产总值 | 增长6.5% |\n三、强化督查考核\n要加强督查,确保落实。\n");
    assertEquals(3, s.sections().size());
    assertEquals(2, s.sections().get(0).children().size());
    assertEquals("全面推行企业二维码", s.sections().get(1).heading());
    assertEquals(true, s.sections().get(1).text().contains("地区生产总值"));
  }

  @Test
  void aThirdPersonSpeakingForAnotherLevelDoesNotMoveTheSpeakers() {
    Speech s =
        parse(
            "副县长在市委第三巡察组巡察某某县动员会上的表态发言\n尊敬的巡察组各位领导、同志们:\n"
                + "刚才,巡察组组长代表市委巡察组作了动员讲话,我们全县上下一定认真抓好落实。全县各级各部门要积极配合巡察工作。\n");
    assertEquals("县", s.region().level());
  }

  @Test
  void aCountySpeechQuotingTheCentreStaysACountys() {
    Speech s =
        parse("在全县学习贯彻党的二十大精神宣讲会上的讲话\n同志们:\n我们要认真学习习近平总书记代表党中央作的报告,全县各级党组织要迅速行动,推动全县上下形成学习热潮。\n");
    assertEquals("县", s.region().level());
  }

  @Test
  void aDateAfterASourceNoteOrADeadlineIsNotTheSpeechs() {
    Speech sourced =
        parse(
            "同志们:\n今年是2019年,是全面建成小康社会的关键之年。全镇上下要攻坚克难,确保完成全年任务。\n" + "（来源：某某镇人民政府网）\n2023年11月5日\n");
    assertEquals(2019, sourced.year());
    Speech deadline = parse("同志们:\n今天是2021年第一个工作日,我们召开全县项目建设推进会。全县重点项目要倒排工期,最后节点为：\n2022年6月30日\n");
    assertEquals(2021, deadline.year());
  }

  @Test
  void aYearAboutToBeginOrADecadeIsNotThePresent() {
    assertNotEquals(2024, parse("同志们:\n再过几天就将进入2024年,我们召开全县年终总结大会,回顾一年的工作。\n").year());
    assertNull(parse("同志们:\n人类社会进入2020年代以来,科技革命和产业变革深入发展。我们要抓住机遇。\n").year());
  }

  @Test
  void aGreetingRecallingADecadeOrACommemorationOfLastYearGivesNoYear() {
    assertNull(parse("各位朋友:\n值此新春佳节来临之际,回首2012年党的十八大以来的十年,我们走过了不平凡的历程。\n").year());
    assertNull(parse("同志们:\n去年,我们隆重纪念了恢复高考40周年,全县教育事业发展迅速。\n").year());
  }

  @Test
  void aPlanEndingOnItsGoalsOrAPageNumberAfterTheClosingIsWhole() {
    assertFalse(
        parse("某某县发展规划纲要\n一、发展目标\n到2025年,实现以下目标:\n——经济实力显著增强\n——创新能力明显提升\n——人民生活更加幸福").truncated());
    assertFalse(parse("在全县农业工作会议上的讲话\n同志们:\n今天召开会议,部署今年的农业工作。\n谢谢大家！\n1.").truncated());
  }

  @Test
  void headingsAboutGamblingOrABrandAndSentencesAboutAccountsStay() {
    Speech s =
        parse(
            "在全县平安建设工作会议上的讲话\n同志们:\n今天召开会议,部署平安建设工作。\n一、突出重点\n（一）严厉打击网络博彩、境外娱乐城和非法彩票网站\n"
                + "要保持高压态势。\n（二）深入推进电信网络诈骗综合治理\n要加强宣传。\n二、做强皇冠梨产业,建设国产优质梨出口基地\n"
                + "市民关注公众号即可查询办件进度。\n");
    assertEquals(2, s.sections().size());
    assertEquals(2, s.sections().get(0).children().size());
    assertEquals(true, s.sections().get(1).text().contains("关注公众号即可查询"));
  }

  @Test
  void aSexagenaryWordThatIsNoYearBeingGreetedGivesNone() {
    assertNull(parse("在建校一甲子年华庆祝大会上的讲话\n同志们:\n今天,我们隆重集会,庆祝建校60周年。\n").year());
    Speech s = parse("告别甲辰年 喜迎乙巳年——致全县人民的新春贺信\n全县父老乡亲们:\n新春佳节即将到来,我们向大家致以节日的问候!\n");
    assertNotEquals(2024, s.year());
  }

  @Test
  void bidFarewellToPovertyOrToAYearNotYetOverIsNoLookBack() {
    assertNotEquals(2021, parse("同志们:\n值此新春佳节来临之际,我们回顾历程:我们在告别绝对贫困的2020年,兑现了庄严承诺。\n").year());
    assertNotEquals(2024, parse("同志们:\n值此新年即将到来之际,我们即将告别2023年。这一年很不平凡。\n").year());
  }

  @Test
  void aYearEnteredAfterARecollectionIsHistory() {
    assertNull(parse("同志们:\n回想1999年底,我们满怀信心步入2000年,全县上下干劲十足。\n").year());
  }

  @Test
  void aNewsLeadIsNoTitle() {
    Speech s = parse("县委书记张某在全县招商引资大会上讲话。他强调,全县上下要坚定信心,全力以赴抓招商、上项目、促发展。会议由县长李某主持。\n");
    assertNull(s.title());
  }
}
