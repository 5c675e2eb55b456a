package speechsearch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import speechsearch.ingest.SpeechIngester;
import speechsearch.speech.Speech;

/**
 * New-year greetings, letters and the news portals that carry them (the kinds of page half J of the
 * real-pages set brought), each in a short page written for this test.
 */
class GreetingsAndPortalPagesTest {
  private static final SpeechIngester INGESTER = SpeechIngester.withDefaults();

  private static final String GREETING =
      "值此新春佳节到来之际,我谨代表县委、县政府,向全县人民致以节日的问候!\n过去的一年,全县上下团结奋斗,各项事业取得新进展。\n";

  private static Speech parse(String page) {
    return INGESTER.parseText("page.txt", page);
  }

  @Test
  void greetingsAndLettersAreNamesOfSpeeches() {
    assertEquals("某某县县长新春献词", parse("某某县县长新春献词\n" + GREETING).title());
    assertEquals("致广大市民朋友的拜年信", parse("某某区委书记、区长给您拜年啦!--致广大市民朋友的拜年信\n" + GREETING).title());
    assertEquals("新春贺词", parse("新春贺词!某某县长的新春祝福来了……\n某某县人民政府县长\n某某\n" + GREETING).title());
  }

  @Test
  void aPortalsWeatherLineQrPromptAndViewerPageNoteAreNotTheTitle() {
    assertEquals(
        "某某县县长新春献词",
        parse("• 某某 阵雨转多云 18℃~11℃\n手机浏览器扫描二维码访问\n某某县县长新春献词(第1页)\n" + GREETING).title());
  }

  @Test
  void aBylineIsNoTitleWhereThePageShowsNone() {
    assertNull(parse("某某县人民政府县长\n某某\n" + GREETING).title());
  }

  @Test
  void aNewYearGreetingLookingBackOnAYearIsOfTheNextOne() {
    Speech s = parse("同志们、朋友们:\n值此元旦佳节到来之际,我们谨代表区委、区政府,向全区人民致以新年的祝福!回眸2022年,全区上下奋勇争先,发展步伐坚定有力。\n");
    assertEquals(2023, s.year());
  }

  @Test
  void aYearNamedInTheSexagenaryCycleIsThatYear() {
    Speech s = parse("新春贺词\n值此乙巳蛇年春节到来之际,我们谨代表县委、县政府,向全县父老乡亲致以新春祝福!刚刚过去的甲辰龙年,全县经济稳中有进。\n");
    assertEquals(2025, s.year());
  }

  @Test
  void aTitleNamingItsYearInTheCycleOrAGreetingBiddingAYearFarewellGiveTheYear() {
    assertEquals(2019, parse("某某区委书记己亥年新春致辞\n" + GREETING).year());
    Speech s =
        parse(
            "全镇广大干部群众:\n值此辞旧迎新的美好时刻,镇党委、政府谨向全镇人民致以新年祝福!\n带着收获的喜悦,我们告别了谋新奋进的2023年。这一年,全镇经济回升向好。\n");
    assertEquals(2024, s.year());
  }

  @Test
  void aViewersPageNumberAChunkNumberAndASpamSiteNameAreNotTheTitle() {
    assertEquals("副县长2010年教科文卫工作年终汇报总结", parse("副县长2010年教科文卫工作年终汇报总结第2页\n" + GREETING).title());
    assertEquals(
        "县长在全县食品安全工作推进会上的讲话",
        parse(
                "《县长在全县食品安全工作推进会上的讲话》由会员分享,可在线阅读。\n1、县长在全县食品安全工作推进会上的讲话同志们:今天召开全县食品安全工作推进会,主要任务是部署今年的食品安全工作。\n")
            .title());
    assertEquals("春节祝辞", parse("澳门皇冠_皇冠足球比分-劲爆体育官网\n春节祝辞\n" + GREETING).title());
  }

  @Test
  void todayGivenAsAFullDateIsThatYear() {
    assertEquals(2025, parse("同志们:\n今天是2025年10月18日,我们在这里隆重集会,庆祝建校六十周年。\n").year());
  }

  @Test
  void enteringAYearSpeaksOfThatYear() {
    Speech s = parse("同志们:\n今天召开老旧小区改造推进会议。进入2025年,我们乘势而上,接续推进这项工作。今年全区改造小区12个。\n");
    assertEquals(2025, s.year());
  }

  @Test
  void aDateAloneAfterTheClosingWordsDatesTheSpeech() {
    Speech s =
        parse(
            "千万别做甩手官\n省文联的工作成绩显著,代表们都认可了。我感谢全省文艺工作者的信任和支持。\n祝这次大会胜利闭幕!\n"
                + "祝全省文艺工作者身体健康、创作丰收!\n2009年2月27日\n");
    assertEquals("2009-02-27", s.date());
    assertEquals(2009, s.year());
  }

  @Test
  void theAnniversaryOfThePeoplesCongressesGivesTheYear() {
    Speech s = parse("同志们:\n今天我们在这里隆重集会,庆祝人民代表大会成立五十周年,回顾我县人大工作的历程。\n");
    assertEquals(2004, s.year());
  }

  @Test
  void theCentreOrANationalOrganisationSpeakingIsNational() {
    assertEquals(
        "国家", parse("春节团拜会上的讲话\n今天,我们在这里欢聚一堂,辞旧迎新。首先,我代表党中央和国务院,向全国各族人民拜年!\n").region().level());
  }

  @Test
  void ofTwoPostsInTheBylineTheOneTheSpeakerSpeaksForGivesTheLevel() {
    Speech s = parse("新春贺词\n某某市政协副主席\n寿阳县人民政府县长 某某\n值此新春佳节到来之际,我们谨代表寿阳县委、县政府,向全县父老乡亲致以新春祝福!\n");
    assertEquals("县", s.region().level());
  }
}
