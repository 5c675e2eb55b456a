package speechsearch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.clean.TextCleaner;
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
  void aHostsAnnouncementOfAnAddressIsNoTitle() {
    Speech s =
        parse(
            "金秋十月,丹桂飘香,我们在美丽的某某县迎来了省考察团的各位领导和嘉宾,今晚欢聚一堂。\n下面请县委书记致欢迎词\n"
                + "各位领导,各位嘉宾,今天大家相聚于此,共叙友谊。\n");
    assertNull(s.title());
    assertTrue(s.preamble().startsWith("金秋十月"), s.preamble());
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
  void aCollectionsNameWithoutAnItemsOwnTitleNamesNoSpeech() {
    Speech s = parse("关于高中校长毕业典礼精彩致辞7篇“奋进乘风破浪”\n" + BODY);
    assertNull(s.title());
    // decoration around a speech's own name is cleaned away, and the name stays
    assertEquals("在全镇三级干部大会上的讲话", parse("在全镇三级干部大会上的讲话(通用5篇)\n" + BODY).title());
  }

  @Test
  void aListUnderAContentsLabelInsideTheBodyIsBodyText() {
    String page =
        "在全县重点项目建设推进会上的讲话\n同志们:\n今天我们召开全县重点项目建设推进会,主要任务是调度项目进度,部署下步工作。\n"
            + "一、去年项目建设成效明显\n去年全县重点项目完成投资一百二十亿元,同比增长百分之十。\n"
            + "二、今年项目建设任务艰巨\n今年全县安排重点项目四十个,详见附件。\n"
            + "三、强化项目要素保障\n各部门要主动服务,帮助项目解决用地、资金等难题。\n"
            + "附件\n目录\n1.城区污水处理厂扩建工程 3\n2.县道改造提升工程 5\n以上项目由县发改局牵头调度。\n";
    String body = new TextCleaner().clean(page).bodyText();
    assertTrue(body.contains("城区污水处理厂扩建工程"), body);
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
  void aNumberOpeningTheParagraphUnderAHeadingStaysOutOfTheHeading() {
    Speech s =
        parse(
            "在全县经济工作会议上的讲话\n同志们:\n今天我们召开全县经济工作会议。\n"
                + "一、过去一年的工作回顾\n2023\n年,面对复杂形势,全县经济稳中向好。\n"
                + "二、今年的目标任务\n2024\n年,全县经济工作的总体要求是稳中求进。\n");
    assertEquals("过去一年的工作回顾", s.sections().get(0).heading());
    assertEquals("今年的目标任务", s.sections().get(1).heading());
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
  void anImageKeptAsTextLeavesNoSourceInTheBody() {
    // a viewer's icon kept as an element with its source inside
    String image =
        "<image>data:image/s3,\"s3://crabby-images/e7b2b/e7b2b3de2c6aa1d40d7ee66ae8ed193b7e7d8b6e\" alt=\"下载积分\"></image>\n";
    Speech s =
        parse(
            "在全县禁毒工作会议上的讲话.doc\n"
                + image.formatted(1)
                + image.formatted(2)
                + "同志们:\n今天我们召开全县禁毒工作会议,主要任务是分析全县的禁毒形势,部署今年的禁毒工作。\n");
    assertEquals("在全县禁毒工作会议上的讲话", s.title());
    assertTrue(s.preamble().startsWith("同志们"), s.preamble());
  }

  @Test
  void numberedOccasionsPlansAndCongressesGiveTheYear() {
    assertEquals(2025, parse("同志们:\n今天我们欢聚一堂,共同庆祝第115个“三八”国际妇女节。\n").year());
    assertEquals(2024, parse("同志们:\n在第113个国际护士节到来之际,我代表院党委向全院护士致以节日问候。\n").year());
    assertEquals(2011, parse("各位代表:\n今年是第十二个五年规划的开局之年,学校召开教代会意义重大。\n").year());
    // a plan's first year looked back on from its last is not the speech's
    assertNull(parse("同志们:\n五年前,我们在第十二个五年规划的开局之年提出了奋斗目标。五年来,全县经济总量翻了一番。\n").year());
    assertEquals(2022, parse("同志们:\n下半年还要召开党的二十大,安全稳定工作责任重大。\n").year());
    // a congress held before is a look back, not this year's; so is a meeting held on its spirit
    assertNull(parse("同志们:\n党的二十大召开以来,全县上下砥砺奋进。\n").year());
    assertNull(parse("同志们:\n下周我们还要召开党的二十大精神宣讲报告会,各单位要认真组织。\n").year());
  }

  @Test
  void aUnitSpeakingForItselfAtAMeetingOfSeveralGivesItsLevel() {
    Speech s =
        parse(
            "在全区物业管理工作大会上的发言\n尊敬的各位领导:\n今天开发区在这里召开全区物业管理工作大会,全区上下高度重视。下面我代表新开镇发言如下:近年来,我镇积极推进小区建设。\n");
    assertEquals("镇", s.region().level());
  }

  @Test
  void aHostAnnouncingAUnitsStatementSpeaksForHisOwnMeeting() {
    String script =
        "全县农村人居环境整治推进会主持词\n同志们:\n今天召开全县农村人居环境整治推进会,主要任务是总结前段工作,安排部署下步任务。"
            + "会议共有四项议程。\n首先,请城关镇党委书记李某同志代表城关镇作表态发言。\n";
    assertEquals("县", parse(script).region().level());
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
  void aHeadingOnALineOfItsOwnKeepsTheOneOfItsWords() {
    Speech s =
        parse(
            "同志们:\n一、健全工作机制\n(一)坚持每周一要召开调度会\n各乡镇主要负责同志参加。\n"
                + "(二)始终做到言行如一是党员干部的基本素养。\n要说到做到。\n"
                + "二、刚刚升入高一要尽快适应新环境\n要尽快适应高中生活。\n"
                + "三、招商引资是全年重点工作之一要常抓不懈\n要加大力度。\n");
    List<Unit> parts = s.sections();
    assertEquals(3, parts.size());
    assertEquals("坚持每周一要召开调度会", parts.get(0).children().get(0).heading());
    assertEquals("始终做到言行如一是党员干部的基本素养", parts.get(0).children().get(1).heading());
    assertEquals("刚刚升入高一要尽快适应新环境", parts.get(1).heading());
    assertEquals("招商引资是全年重点工作之一要常抓不懈", parts.get(2).heading());
    for (Unit part : parts.subList(1, 3)) assertTrue(part.children().isEmpty(), part.heading());
    for (Unit u : parts.get(0).children()) assertTrue(u.children().isEmpty(), u.heading());
  }

  @Test
  void aPartOfADocumentNamedInAHeadingIsNoItem() {
    Speech s = parse("同志们:\n一、学习贯彻《关于进一步加强基层治理的若干措施(一)》\n要深刻领会。\n二、加强督查\n要加强督查。\n");
    assertEquals("学习贯彻《关于进一步加强基层治理的若干措施(一)》", s.sections().get(0).heading());
    assertTrue(s.sections().get(0).children().isEmpty());
  }

  @Test
  void theOneOfAWordInAHeadingIsNoItem() {
    Speech s = parse("同志们:\n(一)必须把发展作为执政兴国的第一要务,不断开创新局面。\n(二)必须统一要求,形成合力。\n");
    for (Unit u : s.sections()) assertTrue(u.children().isEmpty(), u.heading());
  }

  @Test
  void aCountyCongressStandingCommitteeSpeakingForItselfIsTheCounty() {
    Speech s = parse("各位代表、同志们:\n经过一天的学习,县十八届人大代表培训班即将结束。在此,我代表县人大常委会和全体学员,向授课老师表示感谢!\n");
    assertEquals("县", s.region().level());
    // "不是县人大代表的乡镇人大主席" lists a meeting's guests: no town speaks there
    Speech host = parse("某某县第十四届人民代表大会第四次会议主持词\n各位代表:\n列席这次会议的有:县人民政府组成人员,不是县人大代表的乡镇人大主席、副主席。\n");
    assertEquals("县", host.region().level());
  }

  @Test
  void aDepartmentHeadIsOfTheProvince() {
    assertEquals("省", parse("厅长在文化城建设开工奠基仪式上的讲话\n同志们:\n今天我们在这里举行奠基仪式。\n").region().level());
    // a city's general office is no provincial department
    assertEquals("市", parse("市政府办公厅主任在全市政务公开工作会议上的讲话\n同志们:\n今天召开全市政务公开工作会议。\n").region().level());
  }

  @Test
  void aDevelopmentZonesOwnMeetingIsADistricts() {
    Speech s =
        parse("在开发区道路交通安全联席会议上的讲话\n同志们:\n今年第一季度,在开发区工管委的坚强领导下,各镇、各有关部门认真履行职责,开发区道路交通安全形势总体平稳。\n");
    assertEquals("区", s.region().level());
  }

  @Test
  void aSpringMonthIsNoPlace() {
    Speech s = parse("某某公司职代会开幕词\n各位代表:\n在阳春三月,万象更新之际,公司第二十二届职工代表大会隆重召开。我代表大会主席团表示祝贺,全公司职工团结一心。\n");
    assertNull(s.region().level());
    assertNull(s.region().mostSpecificName());
  }

  @Test
  void aHostsListOfTheMeetingsContentIsNoStructure() {
    Speech s =
        parse(
            "镇年终会议主持词\n同志们:\n经镇党委、政府研究决定,今天召开全镇工作会议。具体内容有三项:一是镇党委书记代表镇党委、政府作工作报告;二是表彰先进集体和个人;三是安排近期重点工作。\n");
    assertTrue(s.sections().isEmpty(), String.valueOf(s.sections()));
    // a speech announcing its own tasks keeps them as its units
    Speech tasks = parse("同志们:\n今年的主要任务有三项:一是抓好项目建设,确保开工。二是抓好招商引资,扩大投资。三是抓好民生实事,办好实事。\n");
    assertEquals(3, tasks.sections().size());
  }

  @Test
  void theTreePlantingDayIsCountedFrom1979() {
    assertEquals(2019, parse("同志们:\n阳春三月,我们迎来了第四十一个全民义务植树节。我代表县委、县政府致以节日问候。\n").year());
  }

  @Test
  void aThemeLineAndTheKindOfTalkUnderItAreOneTitle() {
    assertEquals(
        "学习关于保密工作重要指示精神交流发言", parse("学习关于保密工作重要指示精神\n交流发言\n同志们:\n今天我们召开专题学习交流会。\n").title());
  }

  @Test
  void aPriceTagADateNoteAndADocumentSitesNoteAreNoPartOfTheTitle() {
    assertEquals(
        "2024在市级层面为基层减负工作机制第四季度会议上的讲话",
        parse("免费2024在市级层面为基层减负工作机制第四季度会议上的讲话(24年12月)\n" + BODY).title());
    assertEquals("在县志评审会开幕式上的致词", parse("本文格式为Word版下载后可任意编辑和复制在县志评审会开幕式上的致词\n" + BODY).title());
  }

  @Test
  void aYearsRankingReadOutIsOfTheNextYear() {
    Speech s =
        parse("在全县目标责任考核工作动员部署大会上的讲话\n同志们:\n今天召开动员大会。2018 年度全省县域考核排名,我县从第 X 位上升至 X 位,这是十分不易的。\n");
    assertEquals(2019, s.year());
    // a summary that compares its year with the one before is of its own year
    Speech summary = parse("同志们:\n2022年,全县地区生产总值比去年增长5%,我们坚持稳中求进。\n");
    assertEquals(2022, summary.year());
  }

  @Test
  void theMotherlandsBirthdayAndTheWorldPostDayGiveTheYear() {
    assertEquals(2004, parse("同志们:\n今年是伟大祖国55周岁华诞,全县上下喜迎国庆。\n").year());
    assertEquals(2004, parse("同志们:\n金秋十月,我们迎来了第35届世界邮政日。在此向全体职工致以节日问候!\n").year());
  }

  @Test
  void aProvincialDepartmentOrANationalBureauSpeakingForItselfGivesItsLevel() {
    assertEquals(
        "省",
        parse("在县水土保持站建站纪念会上的致词\n各位领导、同志们:\n今天县委、县政府隆重举行纪念会。在此,我谨代表福建省水利厅,向会议的召开表示祝贺!\n")
            .region()
            .level());
    assertEquals(
        "国家", parse("世界邮政日致辞\n金秋十月,秋风送爽。在此,我代表国家邮政局,向全国邮政战线的广大职工致以节日的问候!\n").region().level());
    // a head of a province's department is a 厅长; a county's own speech that names the 厅 keeps its
    // level
    assertEquals(
        "县",
        parse("同志们:\n今天我们召开全县水利工作会议,省水利厅的同志也来指导。我代表县委、县政府向大家表示感谢,全县上下要抓好落实。\n").region().level());
  }

  @Test
  void aCongressJustClosedIsThisYears() {
    assertEquals(2017, parse("同志们:\n在党的十九大刚刚闭幕的时刻,我们召开全乡干部大会。\n").year());
    assertNull(parse("同志们:\n党的十九大胜利闭幕以来,全乡上下干劲十足。\n").year());
  }

  @Test
  void aFirstPointGluedToTheHeadingOfItsPartIsItsChild() {
    Speech s = parse("同志们:\n一、统一思想,提高认识,深刻理解机构改革的重要意义第一,推进机构改革是全面深化改革的重要任务。第二,推进机构改革是转变作风的需要。\n");
    Unit part = s.sections().get(0);
    assertEquals("统一思想,提高认识,深刻理解机构改革的重要意义", part.heading());
    assertEquals("第一,", part.children().get(0).marker());
    // 第一 in a heading's own words is no point
    Speech own = parse("同志们:\n一、坚持把发展放在第一,位置不动摇\n全县上下要抓好落实。\n");
    assertTrue(own.sections().get(0).children().isEmpty());
  }

  @Test
  void theBloodDonorDayAndTheDecisiveYearGiveTheYear() {
    assertEquals(2018, parse("尊敬的广大无偿献血者:\n值此第十五个“世界献血者日”来临之际,我代表市委、市政府致以节日的问候!\n").year());
    assertEquals(2020, parse("同志们:\n今年是打好污染防治攻坚战的决战年,全县上下要尽锐出战。\n").year());
    // a campaign named without its year is no year
    assertNull(parse("同志们:\n打好污染防治攻坚战,全县上下要尽锐出战。\n").year());
  }

  @Test
  void aMinistryIsTheNationAndAHospitalNamedByItsKindHasNoLevel() {
    assertEquals(
        "国家", parse("水利建设战线上的全体同志们:\n我代表水利电力部向你们致以亲切的慰问!全国投入水利战线的人数达到六千万人以上。\n").region().level());
    // a county's department is the county's
    assertEquals("县", parse("同志们:\n我代表县委组织部向大家表示感谢,全县组织工作要再上台阶。\n").region().level());
    Speech hospital =
        parse("尊敬的各位领导、同志们:\n我们隆重举行文艺晚会。首先,我代表中医院党、政、工、团、妇向全院医务工作者致以节日的问候!我院在区委、区政府的正确领导下不断发展。\n");
    assertNull(hospital.region().level());
  }

  @Test
  void aBreadcrumbsCategoryShownAboveTheDocumentsNameIsNoTitle() {
    assertEquals(
        "在市场秩序整顿大会上的讲话", parse("当前位置:秘书稿子>> 讲话发言>> 局办讲话\n局办讲话\n在市场秩序整顿大会上的讲话\n" + BODY).title());
    // a trail that ends on the document's own name leaves that name the title
    assertEquals(
        "在全县春耕生产调度会上的讲话", parse("当前位置:首页 > 讲话 > 在全县春耕生产调度会上的讲话\n在全县春耕生产调度会上的讲话\n" + BODY).title());
  }

  @Test
  void aSitesTailAfterTheNameIsNoPartOfTheTitle() {
    assertEquals(
        "副县长在全县老年体协换届大会上的讲话",
        parse("副县长在全县老年体协换届大会上的讲话-某某娱乐网址\n副县长在全县老年体协换届大会上的讲话:\n" + BODY).title());
  }

  @Test
  void aViewersLabelAndASentenceDefiningASpeechWordAreNoTitles() {
    assertNull(parse("资源预览内容\n" + BODY).title());
    // 演讲词 is one word: the line is a sentence about the genre, not a title run into its text
    String title =
        parse(
                "演讲稿也叫演讲词,它是在较为隆重的仪式上和某些公众场合发表的讲话文稿。演讲稿对于我们是非常有帮助的,可是应该怎么写演讲稿呢?"
                    + "下面是小编帮大家整理的优秀演讲稿模板范文,供大家参考借鉴。\n"
                    + "食品安全演讲稿300字篇一\n大家好!\n今天我演讲的题目是食品安全。\n")
            .title();
    assertFalse(title != null && title.startsWith("演讲稿也叫"), title);
  }

  @Test
  void theBodyAStatementIsAddressedToIsNoPartOfItsName() {
    assertEquals(
        "2021年某局在接受市委巡察工作动员会上的表态发言文稿",
        parse("2021年某局在接受市委巡察工作动员会上的表态发言文稿市委巡察组各位领导,同志们:市委开展常规巡察工作是落实从严治党的重要举措。\n").title());
  }

  @Test
  void aSpeakerForACountysGroupAtATownsCeremonyIsTheCountys() {
    Speech s =
        parse(
            "在镇敬老院建设奠基仪式上的讲话\n同志们,朋友们:\n今天,我们在这里隆重举行某镇敬老院开工奠基仪式,我谨代表县敬老院建设工作领导小组和县民政局党组,"
                + "对某镇敬老院的顺利开工表示热烈的祝贺!\n");
    assertEquals("县", s.region().level());
  }

  @Test
  void thisYearsExamsTheNewYearGreetedAndTheCommitteesDecisionGiveTheYear() {
    assertEquals(2018, parse("同学们:\n我相信:在2018年中招的竞技场上,我们的勇士们一定能一显身手。\n").year());
    assertEquals(2017, parse("同志们:\n秋风送爽,2017年高考,我镇学子又取得了骄人的成绩。\n").year());
    assertEquals(2018, parse("同志们:\n我们挥手作别砥砺奋进的2017年,满怀豪情迎接2018年新春钟声的敲响。\n").year());
    assertEquals(2023, parse("同志们:\n优化营商环境工作是 2023 年省委、省政府的一项重大决策部署。\n").year());
    // a past year's examinations looked back on are no year of the speech
    assertNull(parse("同志们:\n回顾过去,2016年高考我校取得了好成绩。\n").year());
  }

  @Test
  void aBylineAndDateRunIntoTheTextGoWithTheTitle() {
    String run = "在全省煤矿安全紧急视频会议上的讲话山西省副省长某某(2020年11月17日)今天召开一个临时的会议,也是一个紧急的会议。\n";
    Speech alone = parse(run);
    assertEquals("在全省煤矿安全紧急视频会议上的讲话", alone.title());
    assertEquals(2020, alone.year());
    assertTrue(alone.preamble().startsWith("今天召开"), alone.preamble());
    // the same, below a viewer's caption that named the speech already
    Speech captioned = parse("山西省副省长某某:在全省煤矿安全紧急视频会议上的讲话_第1页\n" + run);
    assertEquals(2020, captioned.year());
    assertTrue(captioned.preamble().startsWith("今天召开"), captioned.preamble());
  }

  @Test
  void aReportOnAYearsAffairsIsOfItsDateLinesYear() {
    Speech s =
        parse("某市人民政府关于2023年度国有资产管理情况的综合报告\n(2024年10月15日)\n某市人民代表大会常务委员会:\n受市人民政府委托,现将有关情况报告如下。\n");
    assertEquals(2024, s.year());
    assertEquals("dateline", s.sources().get("year"));
  }

  @Test
  void aNameWrittenTwiceOrAfterItsCompilationsNameIsTheSpeechsOwn() {
    assertEquals(
        "某区委书记关于推进作风建设的专题党课", parse("某区委书记关于推进作风建设的专题党课某区委书记关于推进作风建设的专题党课\n" + BODY).title());
    assertEquals(
        "城建部门汇报会暨城乡建设调度会上的讲话", parse("城建重点工程建设项目部署通知汇编城建部门汇报会暨城乡建设调度会上的讲话\n" + BODY).title());
    // a compilation's name with nothing after it stays what it is
    assertEquals("全县重点工作会议讲话汇编", parse("全县重点工作会议讲话汇编\n" + BODY).title());
  }
}
