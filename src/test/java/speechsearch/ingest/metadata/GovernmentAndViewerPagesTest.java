package speechsearch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import speechsearch.ingest.SpeechIngester;
import speechsearch.speech.Speech;

/**
 * Titles and years as government open-information pages, document viewers, flip-books and news
 * sites show them (the kinds of page half H of the real-pages set brought), each in a short page
 * written for this test.
 */
class GovernmentAndViewerPagesTest {
  private static final SpeechIngester INGESTER = SpeechIngester.withDefaults();

  private static final String OPENING = "同志们:\n今天我们召开这次会议,主要任务是总结交流经验,安排部署下一阶段的重点工作,确保各项任务落到实处。\n";

  private static Speech parse(String page) {
    return INGESTER.parseText("page.txt", page);
  }

  @Test
  void aLengthNoteAPageCounterAndSiteWordsAreNotPartOfTheTitle() {
    assertEquals("在全县秋粮收购工作会议上的讲话", parse("在全县秋粮收购工作会议上的讲话.docx (本页约3000+字)\n" + OPENING).title());
    assertEquals("农机局秋粮收购工作动员讲话", parse("2 / 7 农机局秋粮收购工作动员讲话\n" + OPENING).title());
    assertEquals("街道秋粮收购工作总结", parse("街道秋粮收购工作总结例文\n" + OPENING).title());
    assertEquals("秋粮收购工作讲话", parse("秋粮收购工作讲话三篇\n" + OPENING).title());
  }

  @Test
  void ofACategoryAndTheNameJoinedByABarTheNameIsTheLongerOne() {
    assertEquals("某某镇人民政府三年工作总结", parse("乡镇工作总结|某某镇人民政府三年工作总结\n" + OPENING).title());
    assertEquals("在全县秋粮收购工作会议上的讲话", parse("在全县秋粮收购工作会议上的讲话 | 某某范文网\n" + OPENING).title());
  }

  @Test
  void aMeetingsFilingLabelAboveTheNameIsNotTheTitle() {
    Speech s =
        parse(
            "某某市十届人大常委会第五次会议文件\n关于2021年度市级预算执行的审计工作报告\n市审计局局长 某某\n"
                + "主任、副主任、各位委员:\n我受市政府委托,向市人大常委会报告2021年度市级预算执行的审计情况,请予审议。\n");
    assertEquals("关于2021年度市级预算执行的审计工作报告", s.title());
  }

  @Test
  void anOpenInformationTableGivesTheNameThePublisherAndTheDate() {
    Speech s =
        parse(
            "索引号: | 1134000/202311-00001 | 组配分类: | 规划计划 |\n"
                + "发布机构: | 青阳县农业农村局 | 主题分类: | 农业、林业、水利 |\n"
                + "名称: | 县农业农村局2023年工作总结及2024年工作安排 | 文号: | |\n"
                + "成文日期: | 发布日期: | 2023-11-07 | |\n"
                + "2023年,县农业农村局坚持稳粮保供,全县粮食播种面积稳定在35万亩以上,圆满完成了各项目标任务。\n"
                + "一、工作开展情况\n(一)抓好粮食生产。全年建成高标准农田2万亩。\n");
    assertEquals("县农业农村局2023年工作总结及2024年工作安排", s.title());
    assertEquals(2023, s.year());
    assertEquals("县", s.region().level());
    assertEquals("青阳县", s.region().county());
    assertEquals("工作开展情况", s.sections().get(0).heading());
  }

  @Test
  void aSitesClockIsNotThePagesDateButItsLabelledDateIs() {
    Speech s =
        parse(
            "2018/12/28 上午9:27:28 星期五\n新春贺信\n发布时间:2023年01月21日 来源:某某新闻网\n"
                + "各位父老乡亲、同志们、朋友们:\n在这辞旧迎新的美好时刻,我们谨代表县委、县政府,向全县人民致以新年的祝福!\n"
                + "这一年,我们共同奋斗,各项事业迈上新台阶。\n");
    assertEquals("新春贺信", s.title());
    assertEquals("2023-01-21", s.date());
    assertEquals(2023, s.year());
  }

  @Test
  void aPreviewThatOpensWithTheNameAsASentenceHasThatTitle() {
    Speech s =
        parse(
            "1、在全县秋粮收购工作会议上讲话。秋收时节,全县上下正忙。县委县政府决定召开这次会议,主要任务是安排部署秋粮收购工作。刚才某某同志通报了全县秋粮收购的情况,讲得很好,几个乡镇也作了表态发言,我都同意,请大家抓好落实。接下\n"
                + "2、来,我讲三点意见。第一,提高认识,切实增强做好秋粮收购工作的责任感。今年全县秋粮丰收,收购任务比往年重,时间比往年紧,要求比往年高,各乡镇要提前谋划,做好仓容、资金和运输的准\n"
                + "3、备工作。第二,突出重点,确保农民卖粮方便、价格合理。各收购网点要延长收购时间,方便群众就近售粮,对困难群众和偏远村组要上门收购,坚决防止压级压价、打白条等损害农民利益的行为发生,让农民群众卖上放心粮、舒心粮。\n");
    assertEquals("在全县秋粮收购工作会议上讲话", s.title());
  }

  @Test
  void aSitesNameWithoutTheYearGivesWayToTheDocumentsOwnNameWithIt() {
    Speech s =
        parse(
            "X县农业农村局上半年工作总结【完整版】\n发布时间: 2022-07-18 09:10:03 来源:网友投稿\n"
                + "X县农业农村局2021年上半年工作总结\n"
                + "上半年,县农业农村局在县委、县政府的坚强领导下,统筹抓好粮食生产和农民增收,圆满完成了各项目标任务。\n");
    assertEquals("X县农业农村局2021年上半年工作总结", s.title());
    assertEquals(2021, s.year());
  }

  @Test
  void aViewersPageCaptionsDoNotHideTheFirstHeadingRunOnAfterTheName() {
    Speech s =
        parse(
            "县农机局2024年工作总结_第1页\n县农机局2024年工作总结_第2页\n文档简介\n"
                + "县农机局2024年工作总结一、2024年工作回顾(一)抓好农机购置补贴。全年兑付补贴资金300万元。"
                + "(二)推进农机化示范。建成示范基地3个。\n");
    assertEquals("县农机局2024年工作总结", s.title());
    assertEquals("2024年工作回顾", s.sections().get(0).heading());
    assertEquals(2, s.sections().get(0).children().size());
  }

  @Test
  void aLeagueOrAPrefectureSpeaksAtTheLevelOfACity() {
    Speech league =
        parse(
            "在迎新春老干部座谈会上的讲话\n尊敬的各位老领导、老同志:\n在新春佳节即将来临之际,我首先代表盟委、行署向全盟广大离退休老干部致以节日的问候。"
                + "刚刚过去的一年,我们在自治区党委、政府的正确领导下,全盟经济社会继续保持了快速发展。\n");
    assertEquals("市", league.region().level());
    Speech prefecture =
        parse("地委扩大会议讲话\n同志们:\n这次地委扩大会议是在我区经济发展发生喜人变化的形势下召开的,会议的任务是总结今年工作,动员全区各族干部群众加快发展。\n");
    assertEquals("市", prefecture.region().level());
  }

  @Test
  void aSummarysNameAfterASiteBannerRunIntoItsFirstSentenceIsTheTitle() {
    Speech s = parse("-精品范文推荐- 2019年街道办工作总结一年来,街道办事处在区委的正确领导下,全力加强社区建设,社区环境进一步改善。现将2019年工作总结如下。\n");
    assertEquals("2019年街道办工作总结", s.title());
    assertEquals(2019, s.year());
  }

  @Test
  void aSitesWordBetweenTwoJoinedNamesIsNotPartOfTheTitle() {
    assertEquals("2024年乡镇工作总结和2025年工作计划", parse("2024年乡镇工作总结范文和2025年工作计划\n" + OPENING).title());
  }

  @Test
  void aSpeakersNameAndColonBeforeATitleRunIntoTheSalutationAreNotTheTitle() {
    Speech s = parse("某某某:全市“两会”《政府工作报告》发言提纲各位领导、各位代表:我是来自某某县的市人大代表。听了政府工作报告,我们倍感振奋,倍添动力和信心。\n");
    assertEquals("全市“两会”《政府工作报告》发言提纲", s.title());
  }

  @Test
  void aFlipBooksPageHeaderIsNotTheTitle() {
    Speech s = parse("Page 12 - 某某区年鉴2008\nP. 12\n在区委五届四次全会上的讲话\n" + OPENING);
    assertEquals("在区委五届四次全会上的讲话", s.title());
  }

  @Test
  void aReportOpeningOnItsYearIsOfThatYearWhateverPlanPeriodItCites() {
    Speech s =
        parse(
            "2022年,区政府坚持依法行政,认真落实《法治政府建设实施纲要(2021—2025年)》和市委实施方案,有力推动法治政府建设提质增效。现将有关情况报告如下:\n"
                + "一、主要举措和成效\n(一)依法履行政府职能。全年审查重大合同39份。\n");
    assertEquals(2022, s.year());
    assertEquals("inferred", s.sources().get("year"));
  }

  @Test
  void aDisclosureReportNamingTheYearItCoversIsOfThatYear() {
    Speech s =
        parse(
            "根据《中华人民共和国政府信息公开条例》规定,现将2023年度市水利局政府信息公开工作年度报告予以公布。本报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。\n"
                + "一、总体情况\n(一)主动公开政府信息情况。全年发布信息500条。\n");
    assertEquals(2023, s.year());
  }

  @Test
  void aYearOpeningAHistoryWithoutTheSpeakersUnitGivesNoYear() {
    Speech s = parse("2013年,总书记提出精准扶贫的重要思想,为做好扶贫工作指明了方向。\n" + "一、提高认识\n要深刻领会精准扶贫的重要意义。\n");
    assertNull(s.year());
    assertFalse("inferred".equals(s.sources().get("year")));
  }
}
