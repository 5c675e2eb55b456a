package speechsearch.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Marker recognition and nesting on small texts, one behaviour per test. */
class SpeechParserTest {
  private final SpeechParser parser = new SpeechParser();

  private List<String> outline(String body) {
    List<String> out = new ArrayList<>();
    walk(parser.parse(body).units(), 0, out);
    return out;
  }

  private static void walk(List<SpeechParser.Node> units, int depth, List<String> out) {
    for (SpeechParser.Node u : units) {
      out.add("  ".repeat(depth) + u.marker() + u.heading());
      walk(u.children(), depth + 1, out);
    }
  }

  @Test
  void nestingFollowsTheOrderInWhichStylesAppear() {
    assertEquals(
        List.of("一是强化教研", "  (一)精准确定主题", "  (二)创新活动形式", "二是调动积极性", "  (一)减轻负担"),
        outline("一是强化教研。\n(一)精准确定主题。内容。\n(二)创新活动形式。\n二是调动积极性。\n(一)减轻负担。"));
    assertEquals(
        List.of("(一)强化教研", "  一是精准确定主题", "  二是创新活动形式", "(二)调动积极性"),
        outline("(一)强化教研。\n一是精准确定主题。\n二是创新活动形式。\n(二)调动积极性。"));
  }

  @Test
  void inlineEnumerationsInsideOneParagraphAreUnits() {
    assertEquals(
        List.of("(一)完善机制", "  一是建立平台，定期发布", "  二是加强交流", "  三是加强宣传"),
        outline("(一)完善机制。一是建立平台，定期发布；二是加强交流；三是加强宣传。"));
  }

  @Test
  void anItemMayBeginWithAWordThatBeginsWithANumeral() {
    assertEquals(
        List.of("一、整顿队伍", "  一是一些干警缺乏理想信念", "  二是一批部门大局意识差"),
        outline("一、整顿队伍\n突出问题有:一是一些干警缺乏理想信念;二是一批部门大局意识差。"));
  }

  @Test
  void theOpeningsInlineListDoesNotHoldTheSpeechsParts() {
    assertEquals(
        List.of("一是认清形势,", "二是抢抓机遇", "一、形势严峻", "二、任务繁重"),
        outline("下面我讲三点:一是认清形势,二是抢抓机遇。\n一、形势严峻\n内容。\n二、任务繁重\n内容。"));
    assertEquals(
        List.of("一是以案为鉴", "二是节日期间事故多发", "一、认清形势"),
        outline("一是以案为鉴。\n二是节日期间事故多发。下面讲几点意见。一、认清形势\n内容。"));
  }

  @Test
  void aFirstItemGluedToTheHeadingBeforeItIsAnItemWhenASecondFollows() {
    assertEquals(
        List.of("一、认清形势", "  一是特殊的季节要求我们不能放松", "  二是敏感的时期要求我们保持警惕"),
        outline("一、认清形势\n认清形势一是特殊的季节要求我们不能放松。二是敏感的时期要求我们保持警惕。"));
    // a word that contains 一是, with no 二是 after it, is text
    assertEquals(List.of("一、认清形势"), outline("一、认清形势\n思想统一是做好工作的前提。大家要高度重视。"));
  }

  @Test
  void theItemsOfAMeetingsAgendaAreNotUnits() {
    assertEquals(
        List.of(), outline("现在我宣布大会开幕。\n今天会议有两项议程:\n1、表彰先进党支部和优秀共产党员\n2、镇长作主题讲话\n下面进行第一项议程。"));
    assertEquals(List.of(), outline("今天會議的議程共2項:\n1.宣讀表彰決定\n2.為獲獎單位頒獎\n下面,進行第一項議程。"));
    assertEquals(List.of(), outline("现在召开主席团第一次会议。会议的议程有三项。\n一是通过大会日程;二是通过副秘书长名单;三是通过分组名单。"));
    // a host's script: "有三项议程", and items that call the next speaker
    assertEquals(
        List.of(), outline("今天的会议主要有三项议程。\n一、请安监局局长宣读《通报》;\n二、请某同志讲话\n三、请县长讲话\n会议的议程进行完毕。"));
    assertEquals(List.of(), outline("下面进行会议议程。\n一、请获奖代表发言\n二、请县委书记作重要讲话"));
    // the agenda announced with a comma and its items run on in the same sentence
    assertEquals(List.of(), outline("今天的会议共有三项议程,一是表彰颁奖;二是劳动模范代表宣读倡议书;三是区长讲话。现在我宣布大会开始。"));
    // a timetable read out: each item begins with its time
    assertEquals(
        List.of(),
        outline("执行主席的分工如下:\n一、上午10:00-11:00,大会开幕式\n执行主席某某\n二、上午11:00-12:00,主席团第二次会议\n执行主席某某"));
  }

  @Test
  void numbersInsideSentencesAreNotMarkers() {
    assertEquals(List.of("一、总体要求"), outline("一、总体要求\n投资1.5万亿元，举办第三届展示周，建成3 大项目，实现“四统一、三确保”。"));
  }

  @Test
  void ordinalsListedTogetherAreNotAMarker() {
    // 第一、二轮 means "the first and second rounds"
    assertEquals(List.of("一、回顾", "二、任务"), outline("一、回顾\n第一、二轮督察反馈问题全部整改。\n二、任务\n内容。"));
  }

  @Test
  void aMarkerThatDoesNotContinueItsSequenceIsText() {
    assertEquals(List.of("一、甲", "二、乙"), outline("一、甲\n三、丙不是第二项\n二、乙"));
  }

  @Test
  void aPageThatBeginsAtALaterPartKeepsItsParts() {
    // a document's second page: its parts go on from 三、, their heading lines of their own
    assertEquals(
        List.of("三、迅速做好三项工作", "  一是完善村民代表会议制度", "  二是完成换届选举", "四、寻求农村工作新突破", "  (一)牢记传统"),
        outline("三、迅速做好三项工作\n一是完善村民代表会议制度。内容。二是完成换届选举。内容。\n" + "四、寻求农村工作新突破\n(一)牢记传统。内容。"));
    // one whose next number begins a later paragraph, though its heading runs into its text
    assertEquals(
        List.of("(二)搞好城市绿化是经济发展的需要", "(三)义务植树是每个公民的义务"),
        outline("(二)搞好城市绿化是经济发展的需要。内容。\n(三)义务植树是每个公民的义务。内容。"));
    // a number opening a sentence of running text with no next number is no part
    assertEquals(List.of(), outline("工作很多。\n2、我们去年完成了许多工作，取得了显著成绩。\n内容。"));
  }

  @Test
  void anItemsOwnListMayRunInAfterAColonInItsParagraph() {
    assertEquals(
        List.of("一是衷心感谢", "二是热烈祝贺", "  一是人数多", "  二是亮点多", "  三是形式多", "三是殷切希望"),
        outline(
            "一是衷心感谢。内容。\n二是热烈祝贺。概括起来有三个多：一是人数多。参加论坛的有七百人；二是亮点多。"
                + "新人辈出；三是形式多。村官自己讲。\n三是殷切希望。内容。"));
  }

  @Test
  void aSecondListAnnouncedInTheSameParagraphStandsBesideTheFirst() {
    assertEquals(
        List.of("一是看望大家", "二是了解情况", "我也提两点希望", "  一是把握形势", "  二是突出重点"),
        outline("今天来主要有两层意思：一是看望大家；二是了解情况。刚才听了发言很受鼓舞。我也提两点希望。一是把握形势。内容。二是突出重点。内容。"));
    // without a sentence that announces it, a 一是 in the same paragraph starts nothing
    assertEquals(
        List.of("一是看望大家", "二是了解情况"), outline("今天来主要有两层意思：一是看望大家；二是了解情况。刚才听了发言，一是感动，很受鼓舞。"));
  }

  @Test
  void aSpokenPartOnALineOfItsOwnHoldsTheListAfterItsLeadIn() {
    assertEquals(
        List.of("第一,为什么要开这个调度会", "  一是从情怀上来讲"), outline("第一,为什么要开这个调度会\n开这个会很重要。\n一是从情怀上来讲。内容。"));
  }

  @Test
  void theLastPartOfACutPageHoldsTheListAfterItsLeadIn() {
    // the parts listed as heading lines, the page cut after the last one's lead-in: the list after
    // it
    // is that part's, not a list beside the parts
    assertEquals(
        List.of("一、为什么要成立组团", "二、关于组团的运作", "三、几点希望", "  一是加强学习", "  二是转变作风"),
        outline("一、为什么要成立组团\n二、关于组团的运作\n三、几点希望\n区委十分看好组团，希望组团不辜负厚望。\n" + "一是加强学习。内容。\n二是转变作风。内容。"));
  }

  @Test
  void aPhraseLabelIsAPartOnlyAsAHeadingLineOfItsOwn() {
    assertEquals(
        List.of("第一句话:认识再提高,在科学发展上求突破", "第二句话:工作再加强"),
        outline("我讲三句话。\n第一句话:认识再提高,在科学发展上求突破\n内容。\n第二句话:工作再加强\n内容。"));
    assertEquals(List.of(), outline("概括起来就是三句话。\n第一句话:我们取得的成效十分明显。上一轮的创建成绩显著。"));
  }

  @Test
  void arabicListsMayMixDotAndComma() {
    assertEquals(
        List.of("(一)管理", "  1.规范课程", "  2、加强应用", "  3.强化过程"),
        outline("(一)管理\n1.规范课程。\n2、加强应用。\n3.强化过程。"));
  }

  @Test
  void listsRestartUnderAHeadingWithoutMarker() {
    // the heading ends the short list before it and holds the lists after it, as an unmarked group
    assertEquals(
        List.of("一是目标一", "二是目标二", "2026年重点工作", "  (一)任务一", "    一是举措甲", "    二是举措乙", "  (二)任务二"),
        outline("一是目标一。\n二是目标二。\n2026年重点工作\n(一)任务一。一是举措甲；二是举措乙。\n(二)任务二。"));
  }

  @Test
  void aListContinuesAcrossAHeadingWithoutMarker() {
    assertEquals(
        List.of("一、革命", "二、建设", "  第一,工业", "三、生活"),
        outline("一、革命\n内容。\n二、建设\n关于教育改革问题\n第一,工业。\n三、生活\n内容。"));
  }

  @Test
  void aPartsListMayStartAgainInsideALaterPart() {
    // 一、 again inside 二、 with its own 二、 before the outer 三、: a list of that part. The outer 三、
    // and the inner list's 三、 are told apart by which number each list expects next.
    String body =
        "一、回顾\n内容。\n内容。\n内容。\n二、基本任务\n内容甲。\n内容乙。\n一、确定增长率\n内容。\n内容。\n"
            + "二、控制投资规模\n内容。\n内容。\n三、加强科技\n内容。\n内容。\n三、改革\n内容。";
    assertEquals(
        List.of("一、回顾", "二、基本任务", "  一、确定增长率", "  二、控制投资规模", "  三、加强科技", "三、改革"), outline(body));
    // under 一、 the inner 二、 would be the outer 二、 too: a stray 一、 there stays text
    assertEquals(List.of("一、回顾", "二、任务"), outline("一、回顾\n内容。\n一、不是新的列表\n内容。\n二、任务\n内容。"));
  }

  @Test
  void aListStartingAgainInsideAMeasureLeavesTheListsAroundItOpen() {
    // "第一，…问题" discusses its matter with a 一、 list of its own; (二) and 第二 still follow on
    String body =
        "一、总任务\n内容。\n内容。\n内容。\n二、计划概要\n内容。\n内容。\n内容。\n三、若干问题\n(一)关于基本建设问题\n"
            + "第一，建设规模问题。\n内容。\n一、推翻了帝国主义。\n二、推翻了封建主义。\n内容。\n"
            + "第二，投资比重问题。\n内容。\n(二)关于生产问题\n内容。\n四、为完成计划而奋斗\n内容。";
    assertEquals(
        List.of(
            "一、总任务",
            "二、计划概要",
            "三、若干问题",
            "  (一)关于基本建设问题",
            "    第一，建设规模问题",
            "      一、推翻了帝国主义",
            "      二、推翻了封建主义",
            "    第二，投资比重问题",
            "  (二)关于生产问题",
            "四、为完成计划而奋斗"),
        outline(body));
  }

  @Test
  void aPartGoesOnPastAnAddressWhenItsNextPartFollows() {
    // 各位代表 inside the first part ends a list of measures, not the part whose 二、 comes later
    assertEquals(
        List.of("一、回顾", "  一是增长", "  二是稳定", "二、建议", "  (一)扩大需求", "  (二)建设产业"),
        outline("一、回顾\n各位代表，过去一年很不平凡。\n主要是：一是增长。\n二是稳定。\n" + "二、建议\n(一)扩大需求。\n内容。\n(二)建设产业。\n内容。"));
  }

  @Test
  void anInlinePreviewOfTheSamePartsIsText() {
    SpeechParser.Body b = parser.parse("报告分两个部分：一、三年来的斗争；二、经济建设。\n一、三年来的斗争\n内容甲。\n二、经济建设\n内容乙。");
    assertEquals("报告分两个部分：一、三年来的斗争；二、经济建设。", b.preamble());
    assertEquals(2, b.units().size());
    assertEquals("一、三年来的斗争\n内容甲。", b.units().get(0).text());
    assertEquals("二、经济建设\n内容乙。", b.units().get(1).text());
  }

  @Test
  void aHeadingWithoutMarkerMayJoinTwoWordsWithADunComma() {
    // "目标、方针和任务" closes the lists before it, so the list after it starts at the top instead
    // of inside 二、
    assertEquals(
        List.of("一、坚持改革", "  一是甲", "  二是乙", "二、坚持开放", "一、发展农业", "二、发展科技"),
        outline("一、坚持改革\n内容。一是甲；二是乙。\n二、坚持开放\n内容。\n今后五年的目标、方针和任务\n" + "一、发展农业\n内容。\n二、发展科技\n内容。"));
  }

  @Test
  void aHeadingRunIntoItsBodyWithoutAStopEndsWhereTheBodyOpensOnItsTime() {
    assertEquals(
        List.of("一、进一步深化认识", "二、狠抓隐患整改"),
        outline(
            "一、进一步深化认识今年以来，我区各级各部门高度重视安全生产，全区形势基本平稳。\n"
                + "二、狠抓隐患整改2023年全区共排查隐患一千余处，整改率达到百分之九十五以上，"
                + "重大隐患全部按期整改到位，全区安全生产形势保持总体平稳。"));
    assertEquals(
        List.of("一、扎实做好2024年全县农业农村重点工作，全力推进乡村全面振兴"),
        outline("一、扎实做好2024年全县农业农村重点工作，全力推进乡村全面振兴。\n内容。"),
        "a heading's own year and unit are no body");
    assertEquals(
        List.of("一、20*年工作回顾"),
        outline("一、20*年工作回顾20*年,*镇党委、政府在县委、县政府的正确领导下，立足全镇实际，取得了令人骄傲的成绩。"),
        "a year masked by one mark opens the body as a written year does");
    assertEquals(
        List.of("一、总体情况"),
        outline("一、总体情况2023年,我镇政务公开工作坚持以新时代"),
        "a short heading run on to the year its body opens on, where the page stops mid-sentence");
    assertEquals(
        List.of("一、工作总结"), outline("一、工作总结 xxxx年全区教育工作紧紧围绕区委、区政府中心工作，持续提升教育质量，推动教育事业快速发展。"));
    // a heading on a line of its own keeps the year it names, and so does 当前 inside a heading
    assertEquals(
        List.of("一、扎实推进2024年全市重点工作", "二、要准确把握当前我县经济形势"),
        outline("一、扎实推进2024年全市重点工作\n内容。\n二、要准确把握当前我县经济形势\n内容。"));
  }

  @Test
  void aParenthesizedFirstItemGluedToTheHeadingBeforeItStartsItsList() {
    assertEquals(
        List.of("一、实施素质教育,努力提高教育质量", "  (一)办学水平大幅提高", "    一是创新发展理念", "  (二)队伍素质稳步提升"),
        outline("一、实施素质教育,努力提高教育质量(一)办学水平大幅提高。一是创新发展理念。内容。(二)队伍素质稳步提升。内容。"));
    // without a (二) at a sentence start in the paragraph, a (一) inside a sentence is text
    assertEquals(List.of("一、完善机制"), outline("一、完善机制\n按照文件第(一)项的要求落实责任，确保按时完成。"));
  }

  @Test
  void aLongHeadingOnALineOfItsOwnKeepsTheYearItNames() {
    // 30 characters and more, but the line ends without a stop: nothing ran on into it
    assertEquals(
        List.of("一、扎实做好2024年全县农业农村重点工作和乡村振兴各项任务的组织落实", "二、认真总结近年来我县脱贫攻坚工作取得的显著成效和宝贵经验做法并加以推广"),
        outline(
            "一、扎实做好2024年全县农业农村重点工作和乡村振兴各项任务的组织落实\n内容。\n"
                + "二、认真总结近年来我县脱贫攻坚工作取得的显著成效和宝贵经验做法并加以推广\n内容。"));
  }

  @Test
  void closingRemarksAreNotPartOfTheLastMeasure() {
    SpeechParser.Body b = parser.parse("一、任务\n内容。\n同志们，让我们共同努力！\n谢谢大家！");
    assertEquals("同志们，让我们共同努力！\n谢谢大家！", b.closing());
    assertEquals("一、任务\n内容。", b.units().get(0).text());
  }

  @Test
  void tortoiseShellBracketsNumberLikeParentheses() {
    assertEquals(
        List.of("一、认清意义", "  〔一〕这是维护秩序的需要", "  〔二〕这是优化环境的需要"),
        outline("一、认清意义\n内容。\n〔一〕这是维护秩序的需要。内容。\n〔二〕这是优化环境的需要。内容。"));
    // a document number's year in the same brackets stays text
    assertEquals(List.of(), outline("根据某某文件〔2006〕1号精神,我们开展整顿工作。"));
  }

  @Test
  void aMeetingsAnnouncedBusinessIsNoList() {
    assertEquals(List.of(), outline("我们这次会议共有三项内容:一是通报去年的完成情况;二是签订今年的责任状;三是县领导讲话。\n下面进行第一项。"));
    assertEquals(
        List.of("一是抓项目,确保开工", "二是抓招商,引进企业"), outline("今年要重点抓好两项工作:一是抓项目,确保开工;二是抓招商,引进企业。"));
  }

  @Test
  void aFieldNamedBeforeTheFirstCommaIsTheItemsHeading() {
    assertEquals(
        List.of("一是疫情防控方面", "二是招生就业方面"),
        outline("学校事业不断发展。一是疫情防控方面,我们积极推进疫苗接种工作。二是招生就业方面,今年招生计划全部完成。"));
  }

  @Test
  void aSecondItemWhoseFirstThePageLostStartsTheList() {
    assertEquals(
        List.of("一、去年以来的情况", "  二是聚全力抓好项目建设", "  三是大力度推进园区建设"),
        outline("一、去年以来的情况\n全镇经济取得长足进步。始终把力量投放在关键举措上。 二是聚全力抓好项目建设。多个项目竣工投产。 三是大力度推进园区建设。园区基本建成。"));
    // without the next number it stays text
    assertEquals(List.of("一、去年以来的情况"), outline("一、去年以来的情况\n多个项目竣工。 二是说明了问题。后来没有下文。"));
  }

  @Test
  void aReviewsOwnListAfterItsLeadInNestsUnderTheReview() {
    assertEquals(
        List.of("一、2023年工作回顾", "  一、提升城市品质", "    (一)城市空间更富活力", "    (二)社区环境持续改善"),
        outline(
            "一、2023年工作回顾\n2023年,各项工作取得新进展。\n一年来,我们主要做了以下工作:\n一、提升城市品质\n(一)城市空间更富活力。内容。\n(二)社区环境持续改善。内容。"));
  }

  @Test
  void aHeadingRunIntoItsReviewOfPastYearsEndsBeforeIt() {
    assertEquals(
        List.of("一、过去五年的工作"), outline("一、过去五年的工作过去的五年,是一曲激情昂扬的青春之歌,是一段充满挑战的奋斗之路。五年来,团区委全力推进改革。"));
  }

  @Test
  void aListAnnouncedBeforeARunInPartOfTheSameParagraphKeepsUnitsInTextOrder() {
    // this shape made a lead-in group begin before the 第一 already placed, and the parse failed
    String text =
        "同志们:今天召开会议,部署全年工作。(一)加强领导,各级要高度重视。(二)压实责任,层层抓好落实。(三)强化督查,定期通报进展。"
            + "(四)营造氛围,广泛宣传发动。各单位要密切配合,形成合力。下面,我再提两点希望:第一,要加强组织领导,确保各项工作落到实处,"
            + "主要抓好以下工作:(一)成立专班,明确分工。(二)细化方案,倒排工期。";
    List<Integer> starts = new ArrayList<>();
    collectStarts(parser.parse(text).units(), starts);
    List<Integer> sorted = new ArrayList<>(starts);
    sorted.sort(null);
    assertEquals(sorted, starts);
    assertEquals(List.of("(一)加强领导,各级要高度重视", "(二)压实责任,层层抓好落实"), outline(text).subList(0, 2));
  }

  private static void collectStarts(List<SpeechParser.Node> units, List<Integer> out) {
    for (SpeechParser.Node u : units) {
      out.add(u.start);
      collectStarts(u.children(), out);
    }
  }

  @Test
  void anAgendaAfterAListOfTheSameStyleIsText() {
    List<String> units =
        outline(
            "召开这次会议主要基于以下考虑:一是贯彻会议精神。二是抓好春防。\n会议共有三项议程:\n一是由我传达会议精神;\n"
                + "二是由乡镇代表递交责任状;\n三是由副县长讲话。\n下面,我讲三点意见:\n一要抓好思想落实。会后要立即传达。");
    assertEquals(List.of("一是贯彻会议精神", "二是抓好春防"), units.subList(0, 2));
    assertEquals("一要抓好思想落实", units.get(units.size() - 1).strip());
    // none of the agenda's three items is a unit, nor does its 三是 continue the list before it
    assertEquals(true, units.stream().noneMatch(u -> u.contains("由")));
  }

  @Test
  void aSpokenPartWithItsColonAtASentencesStartIsAPartOutsideTheOpeningsList() {
    assertEquals(
        List.of("一是收心,", "二是鼓劲,", "三是安排部署新学期工作", "第一方面:关于收心", "第二方面:学校工作的总体思路"),
        outline(
            "我今天讲三个方面:一是收心,二是鼓劲,三是安排部署新学期工作。第一方面:关于收心。我们要把心收回来。\n"
                + "第二方面:学校工作的总体思路。\n在上级的引领下,我们不断进步。"));
    // in running text it is no part: "第一方面是传达…"
    assertEquals(List.of(), outline("今天的会议主要内容有三个方面:第一方面是传达会议精神。第二方面是安排分工。"));
  }

  @Test
  void aFirstItemWhoseMarkTurnedIntoACommaStartsItsList() {
    assertEquals(
        List.of("1,各班要加强交通安全教育", "2.过马路时不闯红灯", "3.不在车行道上追逐"),
        outline("同学们:\n今天我再次强调交通安全。\n1,各班要加强交通安全教育\n2.过马路时不闯红灯。\n3.不在车行道上追逐。\n"));
    // a number with a comma in running text, or without a 2. after it, stays text
    assertEquals(List.of(), outline("同学们:\n1,2,3,大家跟我一起数。\n今天我们学习交通安全知识。\n"));
  }

  @Test
  void aPartAfterAOneSentenceRunOfItemsIsNotTheLastItemsChild() {
    assertEquals(
        List.of("一、认清意义", "  一是增强竞争力,", "  二是提升美丽度,", "  三是增强获得感", "  (一)这是塑造品牌的重大举措"),
        outline("一、认清意义\n为什么要建:一是增强竞争力,二是提升美丽度,三是增强获得感。\n(一)这是塑造品牌的重大举措。\n内容。"));
    // items that are sentences of their own keep the list after them
    assertEquals(
        List.of("一是强化教研", "  (一)精准确定主题", "  (二)创新活动形式"),
        outline("一是强化教研。\n(一)精准确定主题。内容。\n(二)创新活动形式。"));
  }

  @Test
  void aSpokenPartRightAfterTheSentenceAnnouncingThePartsHeadsAPart() {
    assertEquals(
        List.of("第一个问题,拥有一座自己的城市,是全县人民的夙愿"),
        outline("今天召开征迁工作会议。下面,我先讲三个方面的问题。第一个问题,拥有一座自己的城市,是全县人民的夙愿。绍兴人民拥有自己的城市已有两千多年。"));
    // announced as reasons after a colon, it stays a sentence
    assertEquals(List.of(), outline("这样安排,有以下三个方面的考虑:第一个方面,时间比较紧。第二个方面,任务比较重。"));
  }
}
