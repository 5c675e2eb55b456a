package speechsearch.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import speechsearch.ingest.SpeechIngester;
import speechsearch.speech.Speech;

/**
 * Titles and years of the pages a further round of real pages brought (half E of the real-pages
 * set): audit reports on government sites, school and anniversary speeches, traditional mirrors.
 * Each page is written for this test.
 */
class ReportAndCeremonyPagesTest {
  private static final SpeechIngester INGESTER = SpeechIngester.withDefaults();

  private static final String AUDIT_OPENING =
      "主任、各位副主任、秘书长,各位委员:\n我受县人民政府委托,报告2020年度县级预算执行和其他财政收支的审计情况,请予审议。\n";

  private static Speech parse(String page) {
    return INGESTER.parseText("page.txt", page);
  }

  @Test
  void anAuditReportIsOfTheYearItIsGivenNotTheYearItAudits() {
    Speech dated =
        parse(
            "关于2020年度县级预算执行和其他财政收支的审计工作报告\n——2021年9月2日在县第十二届人民代表大会常务委员会第三十九次会议上\n" + AUDIT_OPENING);
    assertEquals(2021, dated.year());
    assertEquals("dateline", dated.sources().get("year"));
    // without a date line: the year after the audited one, marked as inferred
    Speech undated = parse("关于2020年度县级预算执行和其他财政收支的审计工作报告\n" + AUDIT_OPENING);
    assertEquals(2021, undated.year());
    assertEquals("inferred", undated.sources().get("year"));
    // a year's own plan or summary in a title stays that year
    assertEquals(2020, parse("2020年度县政府工作总结\n" + AUDIT_OPENING).year());
  }

  @Test
  void aDateLineAloneAtTheTopGivesTheYear() {
    Speech s = parse("——2020年7月28日在省第十三届人民代表大会常务委员会第二十二次会议上\n省审计厅厅长 某某\n" + AUDIT_OPENING);
    assertNull(s.title());
    assertEquals(2020, s.year());
  }

  @Test
  void aCeremonyNamesItsYearInTheText() {
    String school = "老师们、同学们:\n大家上午好!\n";
    assertEquals(2015, parse(school + "今天,2015年秋季首届中小学生趣味运动会在这里隆重召开。我代表县教育局表示热烈欢迎!\n").year());
    assertEquals(2023, parse(school + "今天,我们齐聚一堂,共同见证2023届学生的毕业典礼。这是一个值得庆祝的日子。\n").year());
  }

  @Test
  void anAnniversaryCelebratedNowGivesTheYear() {
    assertEquals(2008, parse("各位来宾、朋友们:\n在国庆59周年即将到来之际,市第十三届运动会在新体育馆开幕。我代表市人民政府表示热烈的欢迎。\n").year());
    assertEquals(
        1991, parse("各位来宾、各位朋友:\n今晚我们欢聚在这里,热烈庆祝中华人民共和国成立四十二周年。首先,我代表国务院致以节日的祝贺!\n").year());
  }

  @Test
  void aPersonsFirstTeachersDayIsNotTheFirstTeachersDay() {
    Speech s =
        parse(
            "庆祝教师节暨表彰大会上的讲话\n各位领导、老师们:\n对刚走向岗位的教师,在庆祝你第一个教师节的日子,也充满着自豪。自上个世纪八十年代中期第一个教师节以来,教师们无不欢欣鼓舞。\n");
    assertNull(s.year());
  }

  @Test
  void theSpeakersOwnBodyGivesTheLevel() {
    String opening = "各地代表同志们:\n我们公路交通部门在去年的工作中获得了辉煌的成就。我代表交通部向奋战在公路交通战线的全体职工致以衷心的敬意!\n";
    assertEquals("国家", parse("在全国公路交通工作会议上的讲话\n" + opening).region().level());
    assertEquals("省", parse("省林业厅厅长王某在全国林业厅局长会议上的发言\n" + opening).region().level());
    // a village is no level of government, nor is a school
    assertNull(parse("驻村书记述职报告\n后寨子村位于张汪镇北部,交通便利。现将一年来的工作汇报如下:\n").region().level());
    assertNull(
        parse("高考百日誓师大会讲话\n同学们:\n今天,我们在这里隆重集会。我代表校委会向同学们表示真诚的祝福!今天教体局局长莅临我们的大会。\n")
            .region()
            .level());
  }

  @Test
  void aKindOfSpeechWithItsThemeIsTheTitle() {
    assertEquals(
        "国旗下讲话:我爱飘扬的国旗",
        parse("国旗下讲话:我爱飘扬的国旗\n同学们:\n今天,老师国旗下讲话的题目是我身后这飘扬的国旗。我们每个周一都要集合在国旗下。\n").title());
  }

  @Test
  void siteRowsAndSalutationsAreNotTitles() {
    String body = "今天,我们大家欢聚一堂,在这里隆重举行医师节表彰大会。首先我谨代表医院向各位表示热烈的欢迎!\n";
    assertNull(parse("大家下午好\n" + body).title());
    assertEquals("市运动会上领导的开幕词", parse("- 相關推薦\n市运动会上领导的开幕词\n各位来宾:\n" + body).title());
    assertEquals("开学典礼家长代表致辞", parse("最新开学典礼家长代表致辞优质\n大家上午好!\n" + body).title());
    assertEquals("主持会议的开场白", parse("首页范文稿件发言稿\n主持会议的开场白\n" + body).title());
    // a spam mirror's keyword line above the copied speech
    assertEquals(
        "2022年国旗下演讲稿高中",
        parse(
                "亚洲免费乱码视频,日韩 欧美 国产 动漫 一区,97在线观看免费视频播国产,中文字幕亚洲图片\n2022年国旗下演讲稿高中(九篇)\n字号:\n"
                    + "演讲稿是一种实用性比较强的文稿,是为演讲准备的书面材料。在现在的社会生活中,用到演讲稿的地方越来越多。\n")
            .title());
  }
}
