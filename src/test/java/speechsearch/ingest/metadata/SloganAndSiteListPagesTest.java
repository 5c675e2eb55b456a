package speechsearch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import speechsearch.ingest.SpeechIngester;
import speechsearch.speech.Speech;

/**
 * Titles and years of pages whose shapes the halves AB and AC showed: a slogan set over the name, a
 * site's list row above the text, a book title inside the name a site's sentence gives, a page
 * number glued to the name, a plan being closed, a year's evaluation read out. Each page is written
 * for this test.
 */
class SloganAndSiteListPagesTest {
  private static final SpeechIngester INGESTER = SpeechIngester.withDefaults();

  private static final String BODY = "郡县治,天下安。推动全市高质量发展,基础在县域、短板在县域、希望也在县域。我们必须认清形势、找准方向、抓住机遇。\n";

  private static Speech parse(String page) {
    return INGESTER.parseText("page.txt", page);
  }

  @Test
  void aSloganOfFourCharacterPhrasesOverTheNameIsNotTheTitle() {
    Speech s = parse("比学赶超 晋位争先\n奋力开创县域经济高质量发展新局面\n" + BODY);
    assertEquals("奋力开创县域经济高质量发展新局面", s.title());
  }

  @Test
  void aSitesRowOfPopularArticlesIsNoTitle() {
    Speech s = parse("最新热文:省委书记出席全省对外开放大会并讲话\n同志们,朋友们:\n今天,我们召开全省对外开放大会,研究部署对外开放工作。\n");
    assertNull(s.title());
  }

  @Test
  void aBookTitleInsideTheNameASiteSentenceGivesIsNotTheWholeName() {
    Speech s =
        parse(
            "下面是小编为大家整理的在贯彻实施《市养犬管理条例》推进会议上讲话(精选文档),供大家参考。\n同志们:\n"
                + "今天召开这次会议的主要目的是安排部署条例的贯彻实施工作。\n");
    assertEquals("在贯彻实施《市养犬管理条例》推进会议上讲话", s.title());
    Speech quoted = parse("下面是小编为大家整理的《在全县招商引资大会上的讲话》,供大家参考。\n同志们:\n今天召开全县招商引资大会。\n");
    assertEquals("在全县招商引资大会上的讲话", quoted.title());
  }

  @Test
  void aTitleRunIntoItsAddressToTeachersEndsThere() {
    Speech s = parse("在全校教职工大会上的讲话教师们:大家好!今天我们召开全校大会,部署新学期工作。\n");
    assertEquals("在全校教职工大会上的讲话", s.title());
  }

  @Test
  void aPageNumberGluedToTheNameGoesWithTheOthersOfItsRun() {
    String para = "金融是现代经济的核心,是经济社会发展的重要支撑。实践证明,一个地区的信贷投入越多,经济发展的后劲也就越足。";
    Speech s =
        parse(
            "1市长在金融债权清理工作会上的讲话同志们:今天这次会议的主要任务是部署专项活动。"
                + para.repeat(3)
                + "2目前,企业贷款难的问题仍然没有解决。"
                + para.repeat(3)
                + "意义重大,3影响深远。"
                + para
                + "\n");
    assertEquals("市长在金融债权清理工作会上的讲话", s.title());
    assertTrue(s.preamble().contains("越足。目前,企业贷款难"), s.preamble());
    assertTrue(s.preamble().contains("意义重大,影响深远"), s.preamble());
  }

  @Test
  void aPlanBeingClosedDatesTheSpeechToItsLastYear() {
    Speech s = parse("在共青团某区代表大会上的报告\n各位代表、同志们:\n这次大会是在我区收官“十三五”、谋划“十四五”之际召开的一次重要会议。\n");
    assertEquals(2020, s.year());
    assertEquals("inferred", s.sources().get("year"));
  }

  @Test
  void aYearsEvaluationReadOutDatesTheSpeechToTheNextYear() {
    Speech s = parse("在创建全国文明城市攻坚动员大会上的讲话\n同志们:\n刚才,有关同志通报了我县2019年度创建工作的测评结果,县文明委颁发了责任状。\n");
    assertEquals(2020, s.year());
  }

  @Test
  void aPartAfterTheGapAPageLeftStartsTheList() {
    Speech s =
        parse(
            "净城行动讲话稿\n同志们:\n今天我们发动全县净城行动,营造清洁优美的环境。我们每一个人都希望生活在优美的环境里。\n"
                + "……(某某网省略441字,正式会员可完整阅读)……\n"
                + "各单位要将净城行动做到常态化,融入日常工作中去,作为一项基本任务去抓。\n"
                + "三、务必坚持长久的主人翁意识。我们要把主人翁意识投入到这场环境保卫战中来,全民参与。\n");
    assertEquals(1, s.sections().size());
    assertEquals("务必坚持长久的主人翁意识", s.sections().get(0).heading());
    // a numbered sentence after the gap that is no heading stays text
    Speech t =
        parse(
            "净城行动讲话稿\n同志们:\n今天我们发动全县净城行动,营造清洁优美的环境。我们每一个人都希望生活在优美的环境里。\n"
                + "……(某某网省略441字,正式会员可完整阅读)……\n"
                + "各单位要将净城行动做到常态化,融入日常工作中去,作为一项基本任务去抓。\n"
                + "三、四个部门,要加强协作,共同抓好这项工作,确保取得实效,让群众满意。\n");
    assertEquals(0, t.sections().size());
  }

  // shapes the halves AD and AE showed

  @Test
  void aPinyinReadingWithASpaceInsideItsBracketGoesToo() {
    Speech s =
        parse(
            "森林防火群眾會(huì )講話(huà)稿\n同志們:\n縣委(wěi)、縣政府決定召開(kāi)今天這個(gè)會(huì )議,研究部署今冬明春的森林防火工作。\n");
    assertEquals("森林防火群眾會講話稿", s.title());
  }

  @Test
  void aTemplateSitesLabelBeforeTheNameAndTheTextGoes() {
    Speech s =
        parse(
            "范文中心:在乡村秸秆禁烧动员会议上的讲话\n更新时间:2023-02-22 11:36:49\n"
                + "范文中心:在乡村秸秆禁烧动员会议上的讲话范文中心:目前,夏收工作即将开始,秸秆禁烧工作又到了关键时刻。乡党委决定召开动员大会。\n");
    assertEquals("在乡村秸秆禁烧动员会议上的讲话", s.title());
  }

  @Test
  void aLongNameOfItsKindWithItsThemeIsTheTitleButButtonsUnderItAreNoPageTail() {
    Speech s =
        parse(
            "当前位置 : 某某范文网 > 范文信息 > 正文\n城市管理局局长推进精细化管理讲话:立足长效化着眼精细化推动城市管理工作再上新台阶[VIP]\n"
                + "发布时间:2020-7-22\n相关文章】 【现金奖励投稿】 【扣点券查看全文】\n市城市管理局局长\n"
                + "随着新型城镇化进程的不断加快,城市框架不断拉大,市民需求也在不断提高,粗放式管理的弊端日益凸显。\n"
                + "一、转变观念,提高对城市精细化管理的认识。城市精细化管理是体现可持续发展的重要载体。\n会员信息\n用户名:\n验证码:\n");
    assertEquals("城市管理局局长推进精细化管理讲话:立足长效化着眼精细化推动城市管理工作再上新台阶", s.title());
    assertEquals(1, s.sections().size());
  }

  @Test
  void aCollectionsFirstItemAfterTheSitesPrefaceNamesThePage() {
    Speech s =
        parse(
            "职业中专校长新学年开学讲话稿范文9篇\n时间:2023-08-24 09:17 小编:某某\n"
                + "青年是民族的希望、祖国的未来,必须担当起国家富强的责任使命。下面是小编整理的关于职业中专校长新学年开学讲话的内容,供大家参考阅读。\n"
                + "篇一:职业中专校长新学年开学讲话\n尊敬的各位领导、老师,同学们:\n大家上午好!今天我们举行秋季开学典礼。\n");
    assertEquals("职业中专校长新学年开学讲话", s.title());
  }

  @Test
  void anArticlesTimeAndSourceRowDatesThePage() {
    Speech s =
        parse(
            "漳州市市长在纪念三八国际劳动妇女节上的致辞\nwww.example.com?2012-03-09 11:26? ?来源:漳州市妇联 我来说两句\n"
                + "尊敬的姐妹们、同志们:\n在一年一度的三八国际劳动妇女节来临之际,我们在这里隆重集会。\n");
    assertEquals(2012, s.year());
    assertEquals("page", s.sources().get("year"));
  }

  @Test
  void theClassAnOpeningCeremonyWelcomesIsTheYear() {
    Speech s = parse("老师们、同学们:\n大家上午好!今天,我们隆重举行2017级新生开学典礼。你们从祖国各地走进了学校。\n");
    assertEquals(2017, s.year());
  }

  @Test
  void aPlanClosingBesideTheNextPlansDraftingIsThePlansLastYear() {
    Speech s = parse("县委书记在全县干部读书班开班式上的讲话\n同志们:\n在“十四五”收官、“十五五”谋篇布局的重要之年,举办这次读书班,意义重大。\n");
    assertEquals(2025, s.year());
  }

  @Test
  void aCityBureauSpeakingAtACountysEventIsOfTheCity() {
    Speech s =
        parse("某县中心敬老院落成典礼讲话\n尊敬的各位领导、各位来宾:\nXX县隆重举行中心敬老院落成仪式。我谨代表XX市民政局向中心敬老院的落成表示热烈的祝贺!\n");
    assertEquals("市", s.region().level());
  }

  @Test
  void aSchoolsPartyBranchIsNoMinistry() {
    Speech s =
        parse(
            "各位老师,同学们:\n大家早上好!今天我们在这里集会,共同庆祝教师节!让我代表校党支部、校长室向广大教职工致以节日的祝贺!"
                + "多年来,我们学校始终继承优良传统。\n");
    assertNull(s.region().level());
  }

  @Test
  void aCountedCollectionOfSummariesNamesNoItem() {
    Speech s =
        parse(
            "乡镇招商引资小结5篇\n时间:2022-08-06 09:33:00\n"
                + "2009年,镇招商小分队全体成员紧紧围绕镇党委政府经济发展思路,创造性地开展工作。现将2009年工作开展情况述职如下,请批评指正。\n");
    assertNull(s.title());
  }

  @Test
  void aCongressHeldLastYearDatesTheSpeechToTheYearAfterIt() {
    Speech s =
        parse(
            "市长在全市高质量发展大会上的讲话\n在春节过后第一天召开高质量发展大会,就是要对推动高质量发展进行再动员。\n"
                + "去年10月,党的二十大胜利召开,擘画了宏伟蓝图。\n");
    assertEquals(2023, s.year());
    assertEquals("inferred", s.sources().get("year"));
  }

  // shapes the halves AH and AI showed

  @Test
  void aWritingAccountsNoteBeforeANameRunIntoTheTextGoes() {
    Speech s =
        parse(
            "此文由“某某秘书”微信公众号群友无偿分享,仅供学习参考,请勿照搬照抄,严禁用于商业用途。在全市大棚房问题专项整治推进会议上的讲话"
                + "这次会议的主要任务是,动员全市上下进一步统一思想认识,压实属地责任。下面,我讲几点意见。\n");
    assertEquals("在全市大棚房问题专项整治推进会议上的讲话", s.title());
  }

  @Test
  void aYearAloneUnderTheTitleIsItsDate() {
    Speech s = parse("在全县党委办公室系统工作会议上的讲话\n2009年\n同志们:\n这次全县党委办公室系统工作会议,是一次重要会议。\n");
    assertEquals(2009, s.year());
  }
}
