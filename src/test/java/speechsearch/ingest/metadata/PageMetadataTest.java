package speechsearch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import speechsearch.ingest.SpeechIngester;
import speechsearch.speech.Region;
import speechsearch.speech.Speech;

/**
 * Titles, years with their source, and levels as real pages present them, each in a short page
 * written for this test.
 */
class PageMetadataTest {
  private static final SpeechIngester INGESTER = SpeechIngester.withDefaults();

  private static final String OPENING = "同志们:\n今天我们召开这次会议,主要任务是总结交流经验,安排部署下一阶段的重点工作,确保各项任务落到实处。\n";

  private static Speech parse(String page) {
    return INGESTER.parseText("page.txt", page);
  }

  private static Speech parse(String name, String page) {
    return INGESTER.parseText(name, page);
  }

  // titles

  @Test
  void siteDecorationIsNotPartOfTheTitle() {
    assertEquals("在全县秋粮收购工作会议上的讲话", parse("在全县秋粮收购工作会议上的讲话范文(通用5篇)\n" + OPENING).title());
    assertEquals("在全县秋粮收购工作会议上的讲话", parse("最新-在全县秋粮收购工作会议上的讲话 精品\n" + OPENING).title());
    assertEquals("在全县秋粮收购工作会议上的讲话", parse("在全县秋粮收购工作会议上的讲话.docx\n" + OPENING).title());
    assertEquals("在全县秋粮收购工作会议上的讲话", parse("在全县秋粮收购工作会议上的讲话3680字范文\n" + OPENING).title());
    assertEquals("在全县秋粮收购工作会议上的讲话", parse("在全县秋粮收购工作会议上的讲话公众演讲\n" + OPENING).title());
    assertEquals("在全县秋粮收购工作会议上的讲话", parse("【在全县秋粮收购工作会议上的讲话】\n" + OPENING).title());
  }

  @Test
  void sitesNotesInBracketsAndFramingSymbolsAreNotPartOfTheTitle() {
    assertEquals("在全县秋粮收购工作会议上的讲话", parse("在全县秋粮收购工作会议上的讲话(新创)\n" + OPENING).title());
    assertEquals("在全县秋粮收购工作会议上的讲话", parse("在全县秋粮收购工作会议上的讲话(精品)\n" + OPENING).title());
    assertEquals("在全县秋粮收购工作会议上的讲话", parse("○  在全县秋粮收购工作会议上的讲话  ○\n" + OPENING).title());
  }

  @Test
  void aBreadcrumbOrASitesBannerBeforeTheNameIsNotTheTitle() {
    assertEquals("副县长在全县秋粮收购工作会议上的发言", parse("常用范文 > 副县长在全县秋粮收购工作会议上的发言\n" + OPENING).title());
    assertEquals(
        "在全县秋粮收购工作会议上的讲话",
        parse("某某之家—资源每日更新www.example.com在全县秋粮收购工作会议上的讲话同志们:今天我们召开这次会议,安排部署秋粮收购工作。").title());
  }

  @Test
  void aMenuRunTogetherOrARowOfSearchWordsIsNotTheTitle() {
    assertEquals(
        "在全县秋粮收购工作会议上的讲话", parse("网站首页节日演讲稿工作学习演讲稿致辞主持演讲稿\n在全县秋粮收购工作会议上的讲话\n" + OPENING).title());
    assertEquals("在全县秋粮收购工作会议上的讲话", parse("热门搜索:述职报告讲话稿\n在全县秋粮收购工作会议上的讲话\n" + OPENING).title());
  }

  @Test
  void theUnitNameAfterATitleIsItsBylineNotPartOfIt() {
    assertEquals("副县长在全县秋粮收购推进会上讲话", parse("副县长在全县秋粮收购推进会上讲话县粮食局\n" + OPENING).title());
  }

  @Test
  void aTitleRunIntoTheBodyMayListItsSubjects() {
    Speech s = parse("县委书记在全县秋粮收购、储备工作会议上的讲话 刚才,几位同志分别就秋粮收购工作作了发言,讲得很好,我都同意。");
    assertEquals("县委书记在全县秋粮收购、储备工作会议上的讲话", s.title());
    Speech byline = parse("在全县秋粮收购工作会议上的讲话县委常委、副县长某某(2019年1月9日)同志们:今天召开这次会议,安排部署秋粮收购工作。");
    assertEquals("在全县秋粮收购工作会议上的讲话", byline.title());
    assertEquals(2019, byline.year());
  }

  @Test
  void aTitleBrokenOverTwoLinesIsOneTitle() {
    assertEquals("在全县秋粮收购工作动员大会上的讲话", parse("在全县秋粮收购工作动员大\n会上的讲话\n" + OPENING).title());
    // a site's name above the title stays apart
    assertEquals("县委书记在秋粮收购推进会上的讲话", parse("某某素材网首页\n县委书记在秋粮收购推进会上的讲话\n" + OPENING).title());
  }

  @Test
  void theStampsOfADocumentSharingSiteAreNotPartOfTheTitle() {
    Speech s = parse("编号:035994829在全县秋粮收购工作会议上的讲话201X/X/XX在全县秋粮收购工作会议上的讲话同志们:今天召开这次会议,安排部署秋粮收购工作。");
    assertEquals("在全县秋粮收购工作会议上的讲话", s.title());
    assertNull(s.year());
  }

  @Test
  void aNewsAgencyNoteOrAnAttachmentLabelBeforeTheNameIsNotTheTitle() {
    assertEquals(
        "某某县人民检察院工作报告", parse("(受权发布)某某县人民检察院工作报告\n各位代表:\n现在,我代表县人民检察院向大会报告工作,请予审议。").title());
    assertEquals("在全县秋粮收购工作会议上的讲话", parse("附件在全县秋粮收购工作会议上的讲话\n" + OPENING).title());
    assertEquals("秋粮收购工作会议讲话材料", parse("最新秋粮收购工作会议讲话材料\n" + OPENING).title());
  }

  @Test
  void twoNamesJoinedByAConjunctionAreOneTitle() {
    Speech s = parse("某某镇2018年政府工作报告和2019年工作计划\n各位代表:\n现在,我代表镇人民政府向大会报告工作,请予审议。");
    assertEquals("某某镇2018年政府工作报告和2019年工作计划", s.title());
  }

  @Test
  void aThemeAfterTheSpeechWordBelongsToTheTitleButAPostDoesNot() {
    Speech s = parse("2023年开学典礼校长致辞创美好未来亲爱的老师们、同学们:大家上午好!新学期开始了,我们又回到了校园。");
    assertEquals("2023年开学典礼校长致辞创美好未来", s.title());
    assertEquals("在全县秋粮收购工作会议上的讲话", parse("在全县秋粮收购工作会议上的讲话 副县长 某某同志们:今天召开这次会议,安排部署秋粮收购。").title());
  }

  @Test
  void aTitleWithItsThemeAfterAColonIsTheNameBeforeIt() {
    assertEquals("市长在全市低空经济工作会议上的讲话", parse("市长在全市低空经济工作会议上的讲话:抢抓机遇 乘势而上\n" + OPENING).title());
  }

  @Test
  void anOutlineEndsWhereTheTitleAndTheSalutationBegin() {
    Speech s =
        parse(
            "目录/提纲:……\n一、提高认识,抢抓发展机遇\n二、明确目标,科学规划蓝图\n三、强化保障,形成工作合力……\n"
                + "在全市秋粮收购工作会议上的讲话\n同志们:\n今天召开这次会议,主要任务是安排部署秋粮收购工作,确保颗粒归仓。\n一、提高认识,抢抓发展机遇\n");
    assertEquals("在全市秋粮收购工作会议上的讲话", s.title());
    assertEquals(1, s.sections().size());
  }

  @Test
  void headingsListedAboveTheTitleAndSalutationAreAnOutlineEvenWhenTheBodyNeverReachesThem() {
    Speech s =
        parse(
            "一、深化思想认识\n二、强化队伍建设\n三、深化课程建设\n四、强化家校协同\n"
                + "在全区中小学心理健康工作推进会上的讲话\n同志们:\n今天,我们在此召开全区中小学心理健康工作推进会,总结去年的工作。");
    assertEquals("在全区中小学心理健康工作推进会上的讲话", s.title());
    assertEquals(0, s.sections().size());
    // two marker lines are not enough to call an outline
    Speech two = parse("一、深化思想认识\n二、强化队伍建设\n在全区心理健康工作推进会上的讲话\n同志们:\n今天,我们在此召开推进会,总结去年的工作。");
    assertEquals(2, two.sections().size());
  }

  @Test
  void listsAfterTextThePageLeftOutAreNotNestedUnderThePartBeforeIt() {
    // the page hid the rest of part 一、 and the head of the next part: what follows is not 一、's
    Speech s =
        parse(
            "在全县国土空间规划工作会议上的讲话\n同志们:\n今天召开全县国土空间规划工作会议,安排部署下一阶段重点任务。\n"
                + "一、提高政治站位,深刻认识规划工作的重大意义\n国土空间规划是各类开发保护建设活动的基本依据。\n"
                + "---此处隐藏1985字,下载后查看---\n"
                + "一要强化责任落实。各乡镇主要负责同志要亲自抓。\n二要加强督查考核。将规划工作纳入年度考核。\n");
    assertEquals(List.of("一、", "一要", "二要"), s.sections().stream().map(u -> u.marker()).toList());
    // a list met past its first member right after the gap is still a list
    Speech cut =
        parse(
            "在全市学生心理健康工作推进会议上的讲话\n同志们:\n今天召开推进会,部署下一阶段工作。\n"
                + "一、提高政治站位,深刻认识工作的重大意义\n近年来,我市 ……(某某网省略938字,正式会员可完整阅读)…… "
                + "二是开足开齐心理健康课程。确保每两周至少开设1节。\n三是配齐专职教师。\n");
    assertEquals(List.of("一、", "二是", "三是"), cut.sections().stream().map(u -> u.marker()).toList());
    assertEquals(
        "近年来,我市",
        cut.sections().get(0).text().substring(cut.sections().get(0).text().lastIndexOf('\n') + 1));
  }

  @Test
  void aBannerSentenceAboveTheTitleDoesNotStartTheBody() {
    Speech s =
        parse(
            "某某公文网 example.com,汇集致辞讲话、计划总结、工作报告等优质办公文稿下载。仅供学习,请勿他用!\n多个关键词搜索,空格分隔\n在全县秋粮收购工作会议上的讲话\n"
                + OPENING);
    assertEquals("在全县秋粮收购工作会议上的讲话", s.title());
  }

  @Test
  void aNameThePageShowsTwiceIsTheTitleEvenWithoutASpeechWord() {
    Speech s =
        parse(
            "第一篇:以项目建设为载体,增创县域经济发展新优势大全\n以项目建设为载体,增创县域经济发展新优势\n"
                + "今年以来,我县坚持工业立县、项目强县的发展战略,把招商引资和项目建设作为重要突破口来抓。");
    assertEquals("以项目建设为载体,增创县域经济发展新优势", s.title());
  }

  @Test
  void moreShapesOfRealPagesTitles() {
    // a piece label without a separator, a collection counted in Chinese numerals
    assertEquals("领导征地拆迁工作会议讲话稿", parse("第1篇领导征地拆迁工作会议讲话稿\n" + OPENING).title());
    assertEquals("2023年镇长述职报告", parse("镇长述职报告十二篇\n第一篇 2023年镇长述职报告\n" + OPENING).title());
    // a body's name on one line and its term on the next
    assertEquals(
        "中国人民政治协商会议第七届某某县委员会常务委员会工作报告",
        parse("中国人民政治协商会议\n第七届某某县委员会常务委员会工作报告\n各位委员:\n现在,我代表常务委员会向大会报告工作,请予审议。").title());
    // a speech word inside a book title ends no name
    assertEquals(
        "2022年《政府工作报告》征求意见稿",
        parse("2022年《政府工作报告》征求意见稿(2022年)\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。").title());
    // a site's bare genre name above the document's own
    assertEquals(
        "2016年某某市政府工作报告", parse("政府工作报告\n2016年某某市政府工作报告\n各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。").title());
    // a search-shortcut row is chrome; 广大市民朋友 is a salutation
    assertEquals("在全县秋粮收购工作会议上的讲话", parse("快捷搜索:讲话 报告 总结 计划\n在全县秋粮收购工作会议上的讲话\n" + OPENING).title());
    assertEquals("做好人口普查登记工作电视讲话", parse("做好人口普查登记工作电视讲话 广大市民朋友:大家好!人口普查登记工作即将开始。").title());
  }

  @Test
  void aGenreWordIsStrippedOnlyWhereItFollowsTheName() {
    // 领导讲话 after a finished name is the site's category; as the name itself it stays
    assertEquals("在全县秋粮收购工作会议上的讲话", parse("在全县秋粮收购工作会议上的讲话领导讲话\n" + OPENING).title());
    assertEquals("秋粮收购工作领导讲话稿", parse("秋粮收购工作领导讲话稿\n" + OPENING).title());
    assertEquals("秋粮收购工作会议领导讲话", parse("秋粮收购工作会议领导讲话\n" + OPENING).title());
  }

  @Test
  void ofAFileNameAndTheDocumentTitleRunTogetherTheDocumentTitleIsKept() {
    Speech s = parse("秋粮收购会议上讲话在全县秋粮收购工作会议上的讲话同志们:今天我们召开这次会议,安排部署秋粮收购工作。");
    assertEquals("在全县秋粮收购工作会议上的讲话", s.title());
  }

  @Test
  void aCollectionNameGivesWayToTheFirstSpeechsOwnTitle() {
    Speech s = parse("秋季开学典礼讲话稿(精选5篇)\n篇一:2023年秋季开学典礼校长讲话\n" + OPENING);
    assertEquals("2023年秋季开学典礼校长讲话", s.title());
    assertEquals(2023, s.year());
    assertEquals("title", s.sources().get("year"));
  }

  @Test
  void aTitleInsideASiteSentenceIsUsedWhenThePageHasNoTitleLine() {
    Speech s = parse("下面是小编为大家整理的2022年县长在秋粮收购工作会议上的讲话,供大家参考。\n" + OPENING);
    assertEquals("2022年县长在秋粮收购工作会议上的讲话", s.title());
    assertEquals("page", s.sources().get("title"));
  }

  @Test
  void aPageWithoutATitleLineHasNoTitleRatherThanAPromotedSentence() {
    Speech s = parse("领导讲话\n各位老师、同学们:\n新学期开始了,希望大家珍惜时光,努力学习,在新的学年里取得更大的进步。");
    assertNull(s.title());
    assertNull(parse(OPENING).title());
  }

  @Test
  void aSiteNameAboveTheTitleIsNotTheTitle() {
    assertEquals("秋季开学典礼致辞", parse("某某范文网\n秋季开学典礼致辞\n" + OPENING).title());
  }

  @Test
  void aSpeakerBeforeAColonDoesNotStopATitleLineFromBeingOne() {
    // the page's heading names the speaker (a line long enough to pass for a sentence), then the
    // document repeats the title with a byline and its date run into the salutation
    Speech s =
        parse(
            "县水务局局长李某:在全县“清河行动”暨河湖库“清四乱”专项整治工作推进会上的讲话\n"
                + "在全县“清河行动”暨河湖库“清四乱”专项整治工作推进会上的讲话县水务局局长李某(2021年4月6日)同志们:"
                + "今天我们召开推进会,安排部署河道清理工作。\n");
    assertEquals("在全县“清河行动”暨河湖库“清四乱”专项整治工作推进会上的讲话", s.title());
    assertEquals(2021, s.year());
    assertEquals("2021-04-06", s.date());
  }

  @Test
  void aSiteAddressBesideATitleIsNotPartOfIt() {
    assertEquals("秋季开学典礼致辞", parse("秋季开学典礼致辞 www.example-fanwen.com\n" + OPENING).title());
  }

  @Test
  void aHostsAnnouncementIsNotASpeakerBeforeATitle() {
    assertNull(parse("主持人:下面请县委书记李某同志讲话\n" + OPENING).title());
    // nor is someone quoted: the line is a sentence of the body
    assertNull(parse("李书记强调:要认真学习贯彻全省秋粮收购工作会议上的讲话\n" + OPENING).title());
  }

  @Test
  void aBylineAfterTheTitleIsNotPartOfIt() {
    Speech s = parse("在全县秋粮收购工作会议上的讲话 县委副书记 张某某\n" + OPENING);
    assertEquals("在全县秋粮收购工作会议上的讲话", s.title());
  }

  // years and their sources

  @Test
  void aYearInTheTitleComesFirst() {
    Speech s = parse("2021年在全县秋粮收购工作会议上的讲话\n（2020年12月28日）\n" + OPENING);
    assertEquals(2021, s.year());
    assertEquals("title", s.sources().get("year"));
    assertEquals("2020-12-28", s.date());
  }

  @Test
  void aDateLineGluedToTheSalutationDatesTheSpeech() {
    Speech s = parse("在全县秋粮收购工作会议上的讲话\n(2016年10月9日)同志们:今天我们召开这次会议,安排部署秋粮收购工作。");
    assertEquals("2016-10-09", s.date());
    assertEquals(2016, s.year());
    assertEquals("dateline", s.sources().get("year"));
  }

  @Test
  void aDateBeforeTheSalutationOnAPageRunIntoOneLineDatesTheSpeech() {
    // a collection page: the item's label and its own title run into the body's first line
    Speech s =
        parse(
            "李县长在全县秋粮收购工作会议上的讲话\n第一篇:李县长在全县秋粮收购工作会议上的讲话在全县秋粮收购工作会议上的讲话"
                + "(2012年5月30日)同志们:今天我们召开这次会议,安排部署秋粮收购工作。");
    assertEquals(2012, s.year());
    assertEquals("dateline", s.sources().get("year"));
  }

  @Test
  void aDateInChineseNumeralsIsRead() {
    Speech s = parse("政府工作报告\n——二〇一九年一月十五日在县第十届人民代表大会第三次会议上\n各位代表:\n现在,我代表县人民政府向大会报告工作。");
    assertEquals("2019-01-15", s.date());
  }

  @Test
  void anOpeningThatNamesThePresentYearDatesTheSpeech() {
    Speech s = parse("在全县秋粮收购工作会议上的讲话\n同志们:\n今天我们召开县委2024年第3次工作会议,专题研究秋粮收购工作。");
    assertEquals(2024, s.year());
    assertEquals("text", s.sources().get("year"));
  }

  @Test
  void aYearLookedBackOnIsNotThePresent() {
    Speech s = parse("在全县秋粮收购工作会议上的讲话\n同志们:\n自2015年第一次全县秋粮会议以来,我们的收购能力逐年提高。");
    assertNull(s.year());
  }

  @Test
  void numberedEventsGiveAnInferredYear() {
    Speech teachers = parse("在庆祝教师节大会上的讲话\n同志们:\n在第三十五个教师节到来之际,我们在这里隆重集会。");
    assertEquals(2019, teachers.year());
    assertEquals("inferred", teachers.sources().get("year"));
    Speech plan = parse("在全县交通工作会议上的讲话\n同志们:\n今年是“十三五”收官之年,交通建设任务十分繁重。");
    assertEquals(2020, plan.year());
    Speech party = parse("在庆祝建党大会上的讲话\n同志们:\n今天,我们隆重集会,庆祝中国共产党成立95周年。");
    assertEquals(2016, party.year());
    Speech health = parse("在爱国卫生月动员大会上的讲话\n同志们:\n今年4月是第22个爱国卫生月,我们在这里召开动员大会。");
    assertEquals(2010, health.year());
    Speech doctors = parse("在全市医师节表彰大会上的讲话\n同志们:\n在第五个“中国医师节”即将到来之际,我们在此隆重集会。");
    assertEquals(2022, doctors.year());
    Speech lastOfPlan = parse("在防汛工作会议上的讲话\n同志们:\n今年是全面完成十五计划的最后一年,防汛任务十分繁重。");
    assertEquals(2005, lastOfPlan.year());
    Speech opening = parse("在全县政法工作会议上的讲话\n同志们:\n我们要扎实工作,为“十四五”开好局提供坚强保障。");
    assertEquals(2021, opening.year());
    Speech welcome = parse("在五一表彰大会上的主持词\n同志们:\n在全党全国上下喜迎党的十九大胜利召开之际,我们隆重集会。");
    assertEquals(2017, welcome.year());
    Speech congress = parse("在全县民政工作会议上的讲话\n同志们:\n今年是全面贯彻落实十七大精神的第一年,民政任务繁重。");
    assertEquals(2008, congress.year());
    assertEquals("inferred", congress.sources().get("year"));
  }

  @Test
  void aPartyCongressNamedAsThisYearsDatesTheSpeech() {
    Speech held = parse("在全省动员大会上的讲话\n同志们:\n今年是党的十八大召开之年,是极为重要的政治年份。");
    assertEquals(2012, held.year());
    Speech coming = parse("在市政府全体会议上的讲话\n同志们:\n再过二十多天,党的二十大就要召开,我们要稳字当头。");
    assertEquals(2022, coming.year());
    Speech after = parse("在全县工作会议上的讲话\n同志们:\n今年是全面贯彻党的二十大精神的开局之年,任务艰巨。");
    assertEquals(2023, after.year());
    // a congress held "以来" looks back: no year from it
    assertNull(parse("在全县工作会议上的讲话\n同志们:\n党的十八大召开以来,我县各项事业取得长足进步。").year());
  }

  @Test
  void aYearWithoutNianInTheTitleIsTheTitlesYear() {
    Speech s = parse("大学校长在2017毕业典礼上的讲话\n亲爱的同学们:\n今天我们隆重举行20**年毕业典礼。");
    assertEquals(2017, s.year());
    assertEquals("title", s.sources().get("year"));
  }

  @Test
  void theYearsWorkSummedUpAtTheMeetingDatesItToTheYearAfter() {
    Speech s = parse("在全县政法工作会议上的讲话\n刚才,两位同志分别就 2013 年全县政法工作进行了总结,我都同意;会议同时安排了今后一个时期的任务。");
    assertEquals(2014, s.year());
    assertEquals("inferred", s.sources().get("year"));
  }

  @Test
  void aPartOfTheYearReportedOrAYearsDocumentSignedIsThePresent() {
    Speech quarter = parse("同志们:\n刚才,县发改局通报了2025年一季度全县经济运行情况,讲得很好。");
    assertEquals(2025, quarter.year());
    assertEquals("text", quarter.sources().get("year"));
    Speech signed = parse("在全市安全生产工作会议上的讲话\n同志们:\n这次会议要表彰先进,并与各县签订2004年安全生产目标责任书。");
    assertEquals(2004, signed.year());
  }

  @Test
  void anArchivesYearInBracketsAfterTheNameIsTheTitlesYear() {
    Speech s = parse("在纪念三八国际劳动妇女节大会上的讲话(1993)\n" + OPENING);
    assertEquals(1993, s.year());
    assertEquals("title", s.sources().get("year"));
  }

  @Test
  void aReviewOfLastYearWithThisYearsPlansIsTheYearAfter() {
    Speech s = parse("在全县农业工作会议上的讲话\n同志们:\n这次会议的任务是回顾总结2017年全县农业工作,研究部署今年的工作任务。");
    assertEquals(2018, s.year());
    assertEquals("inferred", s.sources().get("year"));
  }

  @Test
  void lastYearsResultsReadOutAtAMeetingDateItToTheYearAfter() {
    // awards and ratings of a year are read out in the next one; they are not this year
    Speech awards =
        parse(
            "在全县秋粮收购工作会议上的讲话\n同志们:\n刚才,王主任宣读了2022年秋粮收购先进单位名单,"
                + "李局长通报了2022年全县收购考核情况。下面,我就做好今年的收购工作讲三点意见。");
    assertEquals(2023, awards.year());
    assertEquals("inferred", awards.sources().get("year"));
    Speech rating = parse("在全县营商环境大会上的讲话\n同志们:\n刚才,张部长通报了我县 2019 年全省营商环境评价情况,问题不少,任务艰巨。");
    assertEquals(2020, rating.year());
  }

  @Test
  void aPlanSubmittedInDraftIsInItsFirstYear() {
    Speech s = parse("XX县人民代表大会第一次全体会议主持词\n各位代表:\n今天会议的议程是:听取县政府工作报告," + "听取“十二五”规划纲要(草案)的说明。");
    assertEquals(2011, s.year());
    assertEquals("inferred", s.sources().get("year"));
  }

  @Test
  void aMaskedYearIsNoYear() {
    Speech s = parse("在20XX年全县秋粮收购工作会议上的讲话\n同志们:\n今天是202X年的第一个工作日,我们在这里召开会议。");
    assertNull(s.year());
  }

  @Test
  void thePagesOwnDateIsOnlyAFallbackAndSaysSo() {
    Speech s = parse("在全县秋粮收购工作会议上的讲话\n发布时间:2023-05-06\n" + OPENING);
    assertEquals(2023, s.year());
    assertEquals("page", s.sources().get("year"));
    Speech dated = parse("在全县秋粮收购工作会议上的讲话\n发布时间:2023-05-06\n同志们:\n在第三十五个教师节到来之际,我们召开这次会议。");
    assertEquals(2019, dated.year());
  }

  @Test
  void aPagesDateIsNeverGivenAsTheDateOfASpeechDatedByItsOwnText() {
    // the title dates the speech to 2023; the upload day in 2023 is not the day it was given
    Speech s = parse("在2023年全县秋粮收购工作会议上的讲话\n发布时间:2023-11-20\n" + OPENING);
    assertEquals(2023, s.year());
    assertEquals("title", s.sources().get("year"));
    assertNull(s.date(), "the page's upload day is not the speech's date");
    assertNull(s.sources().get("date"));
  }

  @Test
  void aYearInTheFileNameComesBeforeThePageDate() {
    Speech s = parse("2018_秋粮讲话.txt", "在全县秋粮收购工作会议上的讲话\n发布时间:2023-05-06\n" + OPENING);
    assertEquals(2018, s.year());
    assertEquals("file", s.sources().get("year"));
    assertNull(parse("a1b2019c.txt", "在全县秋粮收购工作会议上的讲话\n" + OPENING).year());
  }

  @Test
  void aSchoolYearIsTheYearItBegins() {
    assertEquals(2023, parse("2023-2024学年第一学期开学典礼校长讲话\n" + OPENING).year());
  }

  // levels and places

  @Test
  void theSpeakersOfficeDecidesTheLevel() {
    assertEquals("县", parse("县委书记在全市秋粮收购工作会议上的讲话\n" + OPENING).region().level());
    assertEquals("镇", parse("镇党委书记在全县秋粮收购工作会议上的表态发言\n" + OPENING).region().level());
    assertEquals("市", parse("市教育局局长在全县教育工作会议上的讲话\n" + OPENING).region().level());
    assertEquals("区", parse("X区长在秋粮收购工作会议上的讲话\n" + OPENING).region().level());
  }

  @Test
  void aSpeakerSpeakingForHisCountyAtACityMeetingIsCountyLevel() {
    Speech s = parse("全市秋粮收购工作会议交流发言\n尊敬的各位领导:\n根据会议安排,我代表某某县委、县政府作交流发言。全县秋粮收购进展顺利。");
    assertEquals(new Region("县", null, null, null), s.region());
  }

  @Test
  void aCountyBureauHeadIsCountyLevelAndAMaskedPlaceGivesNoName() {
    Speech s = parse("XX县农业农村局局长在秋粮收购工作会议上的讲话\n" + OPENING);
    assertEquals(new Region("县", null, null, null), s.region());
    Speech lecture = parse("在市局机关党课上的讲话\n同志们:\n今天我给局机关的党员同志们讲一次党课,主要谈谈作风建设。");
    assertEquals("市", lecture.region().level());
  }

  @Test
  void aSchoolOrCompanySpeechHasNoAdministrativeLevel() {
    Speech school = parse("开学典礼校长致辞\n老师们、同学们:\n今天,我代表学校欢迎新同学。我校地处全市中心,全校师生要共同努力,我校的发展离不开大家。");
    assertEquals(Region.UNKNOWN, school.region());
    Speech company = parse("董事长在公司年会上的致辞\n同志们:\n我代表公司感谢全体员工,公司全体员工辛苦了,我公司将继续发展。");
    assertEquals(Region.UNKNOWN, company.region());
  }

  @Test
  void streetOfficesAndTownsInTheTitleAreTownLevel() {
    assertEquals("镇", parse("在2025年街道党工委扩大会议上的讲话\n同志们:\n全区上下要抓好今年的工作。").region().level());
    assertEquals("镇", parse("在xx镇秋粮收购工作会议上的讲话\n同志们:\n全区上下要抓好秋粮收购。").region().level());
  }

  @Test
  void aMeetingOfAllTheTownsHeadsIsTheCountys() {
    Speech s = parse("在乡镇党委书记工作例会上的讲话\n同志们:\n刚才各乡镇汇报了工作,下面我讲几点意见。");
    assertEquals("县", s.region().level());
  }

  @Test
  void traditionalPagesAreReadForCuesAndPlaces() {
    Speech s = parse("縣委書記在全縣秋糧收購工作會議上的講話\n同志們:\n今天我們召開全縣秋糧收購工作會議,南縣各鄉鎮要抓好落實。");
    assertEquals("县", s.region().level());
    assertEquals("縣委書記在全縣秋糧收購工作會議上的講話", s.title());
  }

  @Test
  void aTraditionalPagesBylineIsNotItsTitle() {
    // the page opens with its subtitle and the speaker: no title line, so no title
    Speech s = parse("——2016年1月6日在某某市第十五屆人民代表大會第五次會議上\n市長 魏某\n各位代表:\n現在,我代表市人民政府向大會報告工作,請予審議。");
    assertNull(s.title());
    assertEquals(2016, s.year());
  }

  @Test
  void aSalutationLineIsNoTitleNorIsTheOfferToPinTheSiteToTheDesktop() {
    assertNull(
        parse("各位同仁大家好\n今天是我们新厂房的上梁典礼，这是一个意义非凡的日子，我们离新厂投产的日子不远了。\n").title(),
        "a salutation without a colon is no title");
    assertEquals(
        "换届选举工作动员会上的讲话",
        parse("电脑桌面\n添加某某文库到电脑桌面\n安装后可以在桌面快捷访问\n换届选举工作动员会上的讲话\n" + OPENING).title());
  }

  @Test
  void anAssociationsHeadInTheBylineHasNoLevelAndARoleIsOfTheUnitNearestIt() {
    Speech association =
        parse(
            "以改革创新精神推进老年教育事业发展\n——在某某老年大学协会理论研讨会上的讲话\n某某老年大学协会会长 张某\n"
                + "同志们:\n我们汇聚一堂召开研讨会，全市老年大学的同志们也来了，市委市政府十分重视。\n");
    assertNull(association.region().level(), association.region().toString());
    Speech district =
        parse(
            "关于2022年区级决算草案的报告\n汕头市潮阳区审计局局长 郑某\n主任、各位副主任、各位委员:\n"
                + "受区人民政府委托，现将2022年区级决算草案报告如下，请予审议。市委市政府对此十分重视。\n");
    assertEquals("区", district.region().level(), district.region().toString());
  }

  @Test
  void theClassAGraduationSpeechSeesOffIsItsYear() {
    Speech s = parse("尊敬的各位家长、各位来宾，亲爱的同学们:\n大家上午好!\n首先，请允许我代表全校师生员工，向今天的主角——2016届全体毕业生表示最热烈的祝贺!\n");
    assertEquals(2016, s.year());
    assertEquals("text", s.sources().get("year"));
    assertNull(
        parse("各位校友:\n我是2016届的学生，毕业后一直在外地工作，今天回到母校非常高兴。\n").year(),
        "an alumnus's own class is not the year of his speech");
  }

  @Test
  void aSitesLabelsAroundTheNameAreNotTitle() {
    assertEquals("区长在安全生产工作会议上的讲话", parse("区长在安全生产工作会议上的讲话[VIP]\n" + OPENING).title());
    assertEquals("在全镇动员部署大会上的讲话", parse("推荐下载 在全镇动员部署大会上的讲话\n" + OPENING).title());
    assertEquals("在全市防汛工作会议上的讲话", parse("推荐在全市防汛工作会议上的讲话集合范本(四篇)\n" + OPENING).title());
    assertEquals("区长在全区安全生产例会上的讲话", parse("1-区长在全区安全生产例会上的讲话\n" + OPENING).title());
    assertEquals(
        "推荐优秀教师代表发言",
        parse("推荐优秀教师代表发言\n" + OPENING).title(),
        "推荐 that is the name's own verb stays");
  }

  @Test
  void aTraditionalBylineGivesTheSpeakersLevel() {
    Speech s = parse("在紀念活動動員大會上的講話\n縣長***\n同志們:\n今天召開動員大會，市委市政府高度重視，市委書記作了重要指示，我們要全力以赴辦好慶典活動。\n");
    assertEquals("县", s.region().level(), s.region().toString());
  }

  @Test
  void aNameFollowedByItsFirstItemsLabelIsACollectionsName() {
    assertEquals(
        "在全区维稳信访工作会议上的讲话",
        parse("全县信访维稳工作会议讲话\n篇一:在全区维稳信访工作会议上的讲话\n在全区维稳信访工作会议上的讲话\n" + OPENING).title());
  }

  @Test
  void aWorkSummarysNameRunIntoItsFirstSentenceIsItsTitle() {
    Speech s = parse("区教育局20XX年工作总结20xx年，全区教育系统在区委、区政府的坚强领导下，不断促进教育公平，提高教育质量。\n");
    assertEquals("区教育局20XX年工作总结", s.title());
    assertNull(
        parse("我们认真做好年度工作总结，2023年，全镇各项工作取得新进展，群众满意度不断提高。\n").title(),
        "a sentence that mentions a summary is no title");
  }

  @Test
  void aSitesSectionNamedByAFieldOfWorkAfterTheSpeechWordIsNotTitle() {
    assertEquals("在全市招商引资动员会议上的讲话", parse("在全市招商引资动员会议上的讲话经济工作\n" + OPENING).title());
    assertEquals(
        "关于加强党建工作", parse("关于加强党建工作\n" + OPENING).title(), "a name that ends on 工作 keeps it");
  }

  @Test
  void aSpeakerACollegesPageCallsPrincipalButWhoSpeaksForTheDistrictIsOfTheDistrict() {
    Speech s = parse("老年大学开学典礼校长讲话\n今天，我们在这里举行新学年开学典礼。在此，我谨代表区委、区政府向各位学员表示热烈的欢迎！\n");
    assertEquals("区", s.region().level(), s.region().toString());
    assertNull(
        parse("开学典礼校长讲话\n老师们、同学们:\n今天，我代表学校向新同学表示热烈的欢迎！全校师生要共同努力。\n").region().level(),
        "a principal speaking for the school has no level");
  }
}
