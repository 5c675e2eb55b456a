package speechsearch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import speechsearch.ingest.SpeechIngester;
import speechsearch.speech.Speech;

/**
 * What halves K and O of the real-pages set showed once they were tuned on: a title whose name says
 * only who spoke and the kind of talk needs the theme after its colon; the townships a county
 * speaks to are not the speaker's town; a site's row that gives only the month it was put up still
 * dates the page. Each page is written for this test, with the ordinary page beside it.
 */
class NamesThemesAndAudiencesTest {
  private static final SpeechIngester INGESTER = SpeechIngester.withDefaults();

  private static Speech parse(String page) {
    return INGESTER.parseText("page.txt", page);
  }

  private static final String BODY = "同志们:\n今天我们召开这次会议,主要任务是部署下一阶段的重点工作。\n";

  @Test
  void aSpeakersKindOfTalkKeepsItsThemeAndAnOccasionDropsIt() {
    assertEquals(
        "街道党工委书记研讨发言:创新宣讲方式推进基层思想工作", parse("街道党工委书记研讨发言:创新宣讲方式 推进基层思想工作\n" + BODY).title());
    assertEquals("在全县项目建设推进会上的讲话", parse("在全县项目建设推进会上的讲话:抢抓机遇 乘势而上\n" + BODY).title());
  }

  @Test
  void theTownshipsACountyConvenesAreNotTheSpeakersTown() {
    String lead = "同志们:\n全县乡镇党委将集中进行换届。县委对这次换届工作高度重视,我县已在一个乡进行了试点。\n";
    assertEquals("县", parse("领导在乡镇党委换届工作动员会上的讲话\n" + lead).region().level());
    assertEquals("镇", parse("领导在某镇党委扩大会议上的讲话\n同志们:\n今天召开镇党委扩大会议,全镇干部都来了。\n").region().level());
  }

  @Test
  void aSitesUploadRowWithOnlyTheMonthGivesThePagesYear() {
    Speech s = parse("在某区城中村改造工作推进会上的讲话\n更新时间:2025-11 来源:网友投稿\n" + BODY);
    assertEquals(2025, s.year());
    assertEquals("page", s.sources().get("year"));
    Speech dated = parse("在某区城中村改造工作推进会上的讲话\n发布时间:2021-07-16 来源:网友投稿\n" + BODY);
    assertEquals(2021, dated.year());
    assertEquals("2021-07-16", dated.date());
  }

  @Test
  void aPeoplesOrganisationTheSpeakerSpeaksForGivesItsLevel() {
    String lead = "同志们:\n很高兴参加某某市慈善总会第三次会员代表大会,我代表省慈善总会向大会表示祝贺。\n";
    assertEquals("省", parse("在市慈善总会第三次会员代表大会上的讲话\n" + lead).region().level());
    // the city's own federation speaking at its own congress stays the city's
    String own = "同志们:\n我代表市慈善总会第二届理事会向大会报告工作,全市慈善事业发展很快。\n";
    assertEquals("市", parse("在市慈善总会第三次会员代表大会上的讲话\n" + own).region().level());
  }

  @Test
  void aTextThatKeepsCallingOneLevelItsOwnOverrulesTheSitesTitle() {
    String zone = "同志们:\n这次会议是全区上下关注的大事。一年来,全区经济稳中有进,我区招商引资成效明显," + "全区干部群众团结一心。\n";
    assertEquals("区", parse("县委书记在区六届人大三次会议上的讲话提纲\n" + zone).region().level());
    // twice is a mention, not the speaker's own: a city leader visiting a county stays the city's
    String visit = "同志们:\n今天来到这里,看到全县的发展变化很大,全县干部群众干劲十足。\n";
    assertEquals("市", parse("市长在某县调研座谈会上的讲话\n" + visit).region().level());
  }

  @Test
  void aViewersPageCaptionsOfOneWidthAreChromeNotAWrappedParagraph() {
    String name = "县委书记在劳务输出座谈会上的讲话稿";
    StringBuilder page = new StringBuilder(name + "\n\n页数:6页\n\n");
    for (int i = 1; i <= 5; i++) page.append(name).append("_第").append(i).append("页\n");
    page.append("资源描述:\n\n《").append(name).append("》由会员上传分享,免费在线阅读,更多相关内容在某某文库\n\n");
    // a text layer wrapped at one width, so that the captions are among many lines of their length
    for (int i = 0; i < 12; i++) page.append("劳务输出是转移农村劳动力推进城镇化进程的重要途径也是提高劳动者素质\n");
    page.append("的有效方法。\n");
    Speech s = parse(page.toString());
    assertEquals(name, s.title());
    assertTrue(s.preamble().startsWith("劳务输出"), s.preamble());
    assertFalse(s.preamble().contains("会员"), s.preamble());
  }

  @Test
  void aDraftsNoteEndsAFilesNameRunIntoTheDocumentsOwnTitle() {
    String page =
        "1、在某某现场笔会上的致辞最终定稿 局长在二级医院现场评审会上的致辞 尊敬的各位领导、各位专家:" + "下午好。今天,我们迎来各位专家对医院进行现场评审验收。\n";
    assertEquals("局长在二级医院现场评审会上的致辞", parse(page).title());
    assertEquals("在区委农村工作会议上的讲话(终稿)", parse("在区委农村工作会议上的讲话(终稿)\n" + BODY).title());
  }

  @Test
  void aUnitsLeaderInTheTitleSpeaksForItAndACommunityIsNoDistrict() {
    String lead = "同志们:\n今天我们隆重举行劳动模范表彰大会,表彰一批为发展做出突出贡献的先进典型。\n";
    assertEquals("市", parse("市领导在五一劳动模范表彰大会上的讲话\n" + lead).region().level());
    assertEquals("县", parse("县主要领导在五一劳动模范表彰大会上的讲话\n" + lead).region().level());
    assertEquals(null, parse("社区党委书记在五一劳动模范表彰大会上的讲话\n" + lead).region().level());
  }

  @Test
  void aThemeThatSpeaksOfLeadershipNamesNoSpeaker() {
    String page = "坚持县委统一领导 推进乡村全面振兴\n——在全镇乡村振兴工作会议上的讲话\n同志们:\n今天召开全镇乡村振兴工作会议,部署今年工作。\n";
    assertEquals("镇", parse(page).region().level());
  }

  @Test
  void theYearsOrEditionsCountedFromANamedYearGiveTheSpeechsYear() {
    Speech years = parse("在全区教研工作会议上的讲话\n同志们:\n自2004年我区被确立为教研基地以来,已经历三年时间,各校做了大量工作。\n");
    assertEquals(2007, years.year());
    assertEquals("text", years.sources().get("year"));
    Speech editions = parse("在外商投资企业座谈会上的讲话\n同志们:\n我市外商服务月活动自2004年首次举办,到今年已经连续开展了九届。\n");
    assertEquals(2012, editions.year());
    Speech upFrom = parse("在全县林业工作会议上的述职报告\n五年来,全县森林覆盖率由1998年的58%达到65.2%,植树造林17万亩。\n");
    assertEquals(2003, upFrom.year());
    // a span that ended in the past counts nothing about now
    assertNull(parse("在全县史志工作会议上的讲话\n同志们:\n我县的第一部县志从1980年代开始编纂,工作量很大。\n").year());
  }

  @Test
  void aJournalRecordsIssueDatesThePage() {
    Speech s =
        parse(
            "摘要\n同志们:今天市里在这里召开全市利用外资工作会议,分析我市引进外资的情况。\n出处\n《某某市人民政府公报》\n" + "2005年第16期40-45,共6页\n");
    assertEquals(2005, s.year());
    assertEquals("page", s.sources().get("year"));
  }

  @Test
  void aCongressWhoseOpeningTheWorkPreparesForIsThisYears() {
    assertEquals(2012, parse("同志们:\n安排部署全区消防工作,为X的十八大和省第十次X代会胜利召开创造良好的消防安全环境。\n").year());
    assertEquals(2022, parse("同志们:\n我们要为党的二十大胜利召开营造良好氛围。\n").year());
    // a congress whose spirit is studied was held before
    assertNull(parse("同志们:\n我们要为学习贯彻党的二十大精神创造条件。\n").year());
  }

  @Test
  void aSpeakersBareNameAfterTheTitleIsNoPartOfIt() {
    assertEquals(
        "在学院校企合作经验交流会上的讲话", parse("在学院校企合作经验交流会上的讲话\n在学院校企合作经验交流会上的讲话 杨向群\n" + BODY).title());
    // two characters after the speech word that no surname opens stay
    assertEquals("在全县工作会议上的讲话提纲", parse("在全县工作会议上的讲话提纲\n" + BODY).title());
  }

  @Test
  void aNameEndingOnTwoSpeechWordsKeepsBoth() {
    String name = "在医馆揭牌庆典上的致辞讲话";
    assertEquals(name, parse(name + name + name + "各位领导,同志们:\n今天医馆正式揭牌。\n").title());
  }

  @Test
  void aNameSaidTwiceAndRunIntoTheTextEndsWhereTheTextBegins() {
    String name = "学院党委书记在发展党员工作座谈会上的讲话";
    Speech s = parse(name + name + " 为保证我院发展党员质量,今天专题召开座谈会,我讲三点意见。\n");
    assertEquals(name, s.title());
    assertNull(s.region().level(), "a college is no level of government");
    // said once, "的讲话为…" may go on as a sentence and is no title
    assertNull(parse("总书记在座谈会上的讲话为我们指明了方向,全院上下深受鼓舞。\n").title());
  }

  @Test
  void aNationalCongressJustClosedWithItsTermFirstDatesTheSpeech() {
    Speech s = parse("在全市疾病预防控制工作会议上的讲话\n同志们:\n刚刚闭幕的十届全国人大四次会议,审议通过了第十一个五年规划纲要。\n");
    assertEquals(2006, s.year());
    assertEquals("inferred", s.sources().get("year"));
    // a provincial congress's term before 全国 is no national session
    assertNull(parse("同志们:\n省十届全国人大代表座谈会上,大家畅所欲言。\n").year());
  }

  @Test
  void aBylineWhoseDateATemplateLeftBlankStillGivesTheYear() {
    Speech s =
        parse("在县人民政府机构改革动员大会上主持词\n县委副书记 XXX (2011年 月 日)\n同志们:\n" + "县委、县政府决定今天召开县政府机构改革工作动员大会。\n");
    assertEquals(2011, s.year());
    assertEquals("在县人民政府机构改革动员大会上主持词", s.title());
  }

  @Test
  void aCollectionsLabelOfItsFirstSpeechIsNoHeading() {
    Speech s =
        parse(
            "政务公开工作领导讲话\n政务公开是扩大民主,强化监督,从源头上预防腐败的重要措施,是提高依法行政水平的重要保证。"
                + "下面是小编整理的政务公开工作领导讲话,仅供参考。\n政务公开工作领导讲话(一):\n同志们:\n"
                + "这次全区政务公开工作会议非常重要。下面我讲三个方面的意见。\n一、把握形势,提高认识\n近年来全区政务公开水平不断提高。\n");
    assertEquals("一、", s.sections().get(0).marker());
    assertEquals(1, s.sections().size());
  }

  @Test
  void theAnniversariesOfThePeoplesOrganisationsGiveTheYear() {
    assertEquals(2005, parse("同志们:\n值此喜迎中华全国总工会成立80周年和五一国际劳动节来临之际,我们隆重集会。\n").year());
    assertEquals(2022, parse("同志们:\n今年是共青团成立100周年,我们在这里隆重集会。\n").year());
  }

  @Test
  void aNationalLeadersBylineGivesTheNationalLevelAlsoOnATraditionalPage() {
    Speech simplified = parse("国务院副总理吴仪\n同志们:\n今年6月,国务院常务会议专门听取卫生部关于全国艾滋病防治工作情况汇报。\n");
    assertEquals("国家", simplified.region().level());
    assertNull(simplified.title());
    // the byline and the salutation alone look too little traditional to be read converted
    Speech traditional = parse("國務院副總理吳儀\n同志們:\n今年6月,國務院常務會議專門聽取衛生部關於全國艾滋病防治工作情況匯報。\n");
    assertEquals("国家", traditional.region().level());
    assertNull(traditional.title());
  }

  @Test
  void businessSetForThisYearGivesTheYear() {
    assertEquals(2020, parse("广大市民朋友:\n大家好!我市第七次全国人口普查将于2020年11月1日正式入户登记。\n").year());
    assertEquals(2019, parse("同志们:\n市政府也将此项工作列入2019年惠民事项,重点督导。\n").year());
    // a plan reported from an earlier year is no clue to this one
    assertNull(parse("同志们:\n去年我们说过,新馆将于2019年5月开放。\n").year());
  }

  @Test
  void womensDayAndArmyDayCountedOrNumberedGiveTheYear() {
    assertEquals(2017, parse("同志们:\n在“三八”国际劳动妇女节107周年即将来临之际,我们在这里欢聚一堂。\n").year());
    assertEquals(2004, parse("各位首长、同志们:\n今天我们欢聚一堂,共庆第77个“八一”建军节。\n").year());
    // last year's holiday, looked back on
    assertNull(parse("同志们:\n去年我们隆重纪念了“三八”国际劳动妇女节106周年。\n").year());
  }

  @Test
  void aYearSummedUpBeforeTheNextIsPlannedDatesTheSpeechToTheNext() {
    assertEquals(2026, parse("同志们:\n今天召开推进会,既是对2025年工作的系统总结与复盘,更是对2026年及未来一个时期工作的全面部署。\n").year());
    // a summing-up with no turn to the next year says nothing of when the speech was given
    assertEquals(null, parse("同志们:\n这份材料是对2015年工作的全面总结,大家会后认真阅读。\n").year());
  }

  @Test
  void aBreadcrumbThatEndsOnADateGivesThePagesDate() {
    Speech s =
        parse(
            "• 您的位置:某某文档网 > 公文范文 > 副县长在艾滋病预防培训班上讲话 正文 2021-02-23 06:01:46\n"
                + "副县长在艾滋病预防培训班上讲话\n各位领导、同志们:\n今天我们举办全县艾滋病预防培训班,很有意义。\n");
    assertEquals(2021, s.year());
    assertEquals("page", s.sources().get("year"));
  }

  @Test
  void theBestOfLastYearsWorkHonouredNowDateTheSpeechToTheNextYear() {
    Speech s = parse("同志们:\n我代表县委、县政府向在2017年工作中做出优异成绩的先进集体和个人表示热烈的祝贺!并向大家拜个晚年。\n");
    assertEquals(2018, s.year());
    assertEquals("inferred", s.sources().get("year"));
  }

  @Test
  void aVisitorSayingItsHostsCountyThreeTimesKeepsHisOwnLevel() {
    String visit =
        "同志们:\n今天我们来到这里调研,听了县里的汇报。近年来,全县上下团结一心,全县的工业经济增长很快," + "全县干部群众干劲十足。希望县委、县政府再接再厉。\n";
    assertEquals("市", parse("市长在某县调研座谈会上的讲话\n" + visit).region().level());
    assertEquals("市", parse("市委书记在某县视察时的讲话\n" + visit).region().level());
  }

  @Test
  void anOrganisationNamedForAMarketOrARegionHasNoLevel() {
    assertNull(parse("在公司成立十周年庆典上的致辞\n各位来宾:\n我代表市场营销协会向公司表示祝贺。\n").region().level());
    assertNull(parse("在经济论坛上的致辞\n各位来宾:\n我代表区域经济学会向论坛的召开表示祝贺。\n").region().level());
    assertEquals("市", parse("在经济论坛上的致辞\n各位来宾:\n我代表市总工会向论坛的召开表示祝贺。\n").region().level());
  }

  @Test
  void aCountThatEndedInThePastOrEditionsNotYearlyGiveNoYear() {
    String bridge = "同志们:\n我县的跨江大桥从1992年开始建设,历时五年,于1997年建成通车,至今仍是交通大动脉。\n";
    assertNull(parse("在全县交通工作会议上的讲话\n" + bridge).year());
    String games = "各位来宾:\n县运动会每四年举办一届,自1990年首次举办,到今年已经连续举办了八届。\n";
    assertNull(parse("在县第八届运动会开幕式上的致辞\n" + games).year());
  }

  @Test
  void aCongressThatWorkLastYearPreparedForIsNotThisYears() {
    assertNull(parse("同志们:\n过去一年,我们为党的十八大胜利召开营造了和谐稳定的社会环境。\n").year());
    // 刚刚过去的一年 is last year: a session studied in it was not held now
    assertNull(parse("同志们:\n刚刚过去的一年,全县上下认真学习十届全国人大四次会议精神,各项工作取得新进展。\n").year());
  }

  @Test
  void aLabelRunIntoTheSalutationsLineIsNoHeading() {
    Speech s =
        parse(
            "校车安全会议讲话\n校车安全工作关系到广大师生的身体健康和生命安全,是一项民心工程。下面是整理的讲话,仅供参考。"
                + " (一): 同志们: 今天我们在这里召开校车安全管理工作会议。\n一、认清形势,提高认识\n校车安全事关重大。\n");
    assertEquals("一、", s.sections().get(0).marker());
    assertEquals(1, s.sections().size());
  }

  @Test
  void aDocumentSitesNumberedDownloadNotesAreChrome() {
    Speech s =
        parse(
            "在全市安全生产工作会议上的讲话\n1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。\n"
                + "2. 2、\"仅部分预览\"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款。\n"
                + "3. 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理。\n"
                + BODY);
    assertTrue(s.sections().isEmpty(), s.sections().toString());
  }

  @Test
  void aSitesVipNoteOrCategoryAfterTheTitleIsDecoration() {
    assertEquals(
        "在全省小麦赤霉病防控工作视频会议上的讲话", parse("在全省小麦赤霉病防控工作视频会议上的讲话.docxVIP专享VIP免费\n" + BODY).title());
    assertEquals("在全市推行新型农村合作医疗制度动员大会上的讲话", parse("在全市推行新型农村合作医疗制度动员大会上的讲话-领导讲话\n" + BODY).title());
  }

  @Test
  void aCollectionsFirstItemNamedAfterItsLabelIsTheTitle() {
    String page = "镇长工作会议上的讲话稿\n镇长工作会议上的讲话稿【篇一】:在全镇镇、村干部工作会议上的讲话\n" + BODY;
    assertEquals("在全镇镇、村干部工作会议上的讲话", parse(page).title());
    // without the collection's name above it, the line is as it was
    assertEquals("镇长工作会议上的讲话稿", parse("镇长工作会议上的讲话稿\n" + BODY).title());
  }
}
