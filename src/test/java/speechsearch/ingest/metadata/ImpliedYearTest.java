package speechsearch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import speechsearch.ingest.SpeechIngester;
import speechsearch.speech.Speech;

/** The year a report implies without writing it, and where that year comes from. */
class ImpliedYearTest {
  private static final SpeechIngester INGESTER = SpeechIngester.withDefaults();

  private static Speech parse(String text) {
    return INGESTER.parseText("report.txt", text);
  }

  @Test
  void aReportReviewingAYearWasGivenTheYearAfter() {
    Speech s =
        parse(
            "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n"
                + "一、2018年工作回顾\n过去一年，全县经济平稳运行，各项事业稳步推进。\n"
                + "二、今年的主要任务\n今年要抓好三件大事。\n");
    assertEquals(2019, s.year());
    assertEquals("inferred", s.sources().get("year"));
  }

  @Test
  void aYearWrittenInChineseNumeralsCountsToo() {
    Speech s = parse("各位代表：\n现在，我代表市政府作报告。\n一、一九八九年的回顾\n这一年我们经受住了考验，经济保持增长。\n");
    assertEquals(1990, s.year());
  }

  @Test
  void aMaskedYearIsNoYear() {
    Speech s = parse("各位代表：\n现在，我代表县人民政府向大会报告工作。\n" + "一、202X年工作回顾\n过去一年，全县经济平稳运行，各项事业稳步推进。\n");
    assertNull(s.year(), "202X is no year, never 2020 or 2021");
  }

  @Test
  void aSessionOfTheNationalPeoplesCongressGivesItsYear() {
    Speech s =
        parse(
            "各位代表：\n现在，我代表国务院，向第十三届全国人民代表大会第四次会议报告政府工作，请予审议。\n" + "一、过去一年的工作\n我们顶住压力，完成了全年主要目标。\n");
    assertEquals(2021, s.year());
    assertEquals("inferred", s.sources().get("year"));
  }

  @Test
  void aSessionMentionedInPassingIsNotTheReportsOwn() {
    Speech s = parse("各位代表：\n从第二届全国人民代表大会第一次会议以来，各项建设取得了很大成绩，人民生活有所改善。\n");
    assertNull(s.year());
  }

  @Test
  void theReportOfACentralCommitteeIsGivenAtTheNextCongress() {
    Speech s = parse("同志们：\n现在，我代表第十九届中央委员会向大会作报告。\n一、过去五年的工作\n五年来，我们经受了各种考验，取得了很大成就。\n");
    assertEquals(2022, s.year());
  }

  @Test
  void anAnniversaryThisYearGivesTheYear() {
    StringBuilder text = new StringBuilder("各位代表：\n现在，我代表政府作报告。\n");
    // far into the report, past the paragraphs a session or a review is looked for in
    for (int i = 0; i < 80; i++) text.append("我们要把各项工作做细做实，让群众得到更多实惠，这是一项长期任务。\n");
    text.append("今年是工作重心转移的第一年，又是我们伟大祖国建国三十周年，意义重大。\n");
    Speech s = parse(text.toString());
    assertEquals(1979, s.year());
    assertEquals("inferred", s.sources().get("year"));
    assertEquals(2021, parse("各位代表：\n今年是中国共产党成立100周年，我们要以优异成绩迎接党的生日。\n").year());
  }

  @Test
  void anAnniversaryOfAnotherDatedEventBeingMarkedGivesTheYear() {
    assertEquals(2007, parse("同志们：\n在这个时候召开纪念秋收起义80周年动员大会，目的很明确，就是要统一全县干部群众的思想。\n").year());
    assertEquals(2019, parse("同志们：\n今天我们隆重集会，庆祝澳门回归20周年，共叙发展友谊。\n").year());
    // an anniversary told as history is no clue
    assertNull(parse("同志们：\n秋收起义80周年的时候，县里修建了纪念馆，这里成了教育基地。\n").year());
  }

  @Test
  void aYearInTheTitleComesFirst() {
    Speech s =
        parse("2024年某某县人民政府工作报告\n各位代表：\n现在，我代表县人民政府作报告。\n" + "一、2022年工作回顾\n那一年我们打下了基础，各项工作稳步推进。\n");
    assertEquals(2024, s.year());
    assertEquals("title", s.sources().get("year"));
  }

  @Test
  void aReviewHeadingOfATraditionalScriptPageCountsToo() {
    Speech s =
        parse("現在，我代表區人民政府，向大會作政府工作報告，請予審議。\n2009年工作回顧\n" + "過去一年，全區經濟實現平穩較快發展，各項事業取得新進展。\n");
    assertEquals(2010, s.year());
    assertEquals("inferred", s.sources().get("year"));
  }

  @Test
  void aSummaryOpeningOnTheYearItReviewsIsOfThatYear() {
    Speech s = parse("2022年，面对复杂多变的外部环境，我们坚持稳中求进，全镇经济社会发展取得新成效。\n" + "一、主要工作\n我们抓好了三件大事。\n");
    assertEquals(2022, s.year());
    assertEquals("inferred", s.sources().get("year"));
  }

  @Test
  void aNewYearSpeechReviewingTheYearJustEndedIsOfTheNextYear() {
    Speech s = parse("同志们：\n笑语欢歌辞旧岁，喜庆祥和迎新春。\n2014年是我院砥砺奋进、发展壮大的一年。一年来，全院职工辛勤工作。\n");
    assertEquals(2015, s.year());
  }

  @Test
  void anOpeningOnHistoryOrLookingBackFromLaterGivesNoYear() {
    assertNull(
        parse("2013年，习近平总书记在湘西考察时首次提出精准扶贫。\n扶贫工作要因地制宜。\n").year(),
        "history, not the speaker's own year");
    assertNull(
        parse("2016年，我们全县上下奋力拼搏，打赢了脱贫攻坚战。到2019年，全县人均收入翻了一番。\n").year(),
        "a later year in the opening: looked back on from further on");
  }

  @Test
  void aSummaryMayOpenOnTheYearSinceItsStartOrOnAMonthOfIt() {
    assertEquals(
        2021,
        parse("同志们:\n2021 年以来，在县委、县政府的正确领导下，全县全年接待群众来访一千余人次，信访工作取得显著成效。\n一是思想认识不够到位。\n").year());
    assertEquals(2025, parse("现将相关情况总结如下:\n一、已开展工作\n2025年5月，我镇召开全镇防溺水工作动员会，部署防溺水工作。\n").year());
  }

  @Test
  void aSummaryCitingTheYearsWorkReportIsStillOfTheYearItReviews() {
    // 政府工作报告确定的目标 is the report the summary was measured against, not a report to the
    // congress given as the next year begins
    Speech s =
        parse(
            "同志们：\n2022年，我县在市委、市政府的坚强领导下，全面完成县政府工作报告确定的各项目标任务，经济社会保持平稳健康发展。\n"
                + "一、主要工作\n我们抓好了三件大事。\n");
    assertEquals(2022, s.year());
    assertEquals(2022, parse("各位领导：\n2022年，我局认真贯彻落实市政府工作报告部署要求，各项工作取得新成效。\n一、主要工作\n内容。\n").year());
  }

  @Test
  void sinceAYearIsThatYearOnlyWhereTheOpeningSpeaksOfOneYear() {
    assertNull(
        parse("同志们:\n2018年以来，我县累计投入资金十亿元，建成一批重大项目，群众生活明显改善。\n").year(),
        "since 2018 may review several years");
  }
}
