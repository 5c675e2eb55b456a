package speechsearch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import speechsearch.ingest.SpeechIngester;

/**
 * The damage real pages carry, each in a short page written for this test: the damage goes, every
 * sentence of the speech stays, and what was removed is listed.
 */
class PageCleaningTest {
  private static final TextCleaner CLEANER = new TextCleaner();

  private static final String BODY_1 = "今天我们召开全县春耕生产调度会，主要任务是安排部署当前的农业生产工作，确保不误农时。";
  private static final String BODY_2 = "各乡镇要把种子、化肥和农机调配到位，县农业部门要派出技术人员下村指导，帮助群众解决实际困难。";

  private static CleanText clean(String page) {
    return CLEANER.clean(page);
  }

  private static String all(CleanText c) {
    return String.join("\n", c.headLines()) + "\n" + c.bodyText();
  }

  @Test
  void aTitleRunIntoTheSalutationIsSplitOffAndTheBodyKeepsEveryCharacter() {
    CleanText c = clean("在全县春耕生产调度会上的讲话同志们:" + BODY_1 + BODY_2);
    assertEquals(List.of("在全县春耕生产调度会上的讲话"), c.headLines());
    assertEquals("同志们:" + BODY_1 + BODY_2, c.bodyText());
  }

  @Test
  void headLinesThatAPageSetsApartAreNotJoinedAsAWrappedPdf() {
    // an outline of unfinished lines of like length reads as a hard-wrapped PDF; the blank lines
    // around the head say it is not one, so the breadcrumb and the title stay two lines
    StringBuilder page =
        new StringBuilder("您的位置:某某文秘网>>会议致辞/会议主持/会议发言/领导讲话>>正文\n\n在全县春耕生产调度会议上的讲话\n\n");
    String[] items = {"一", "二", "三", "四", "五", "六"};
    for (String n : items) {
      page.append(n).append("、突出抓好春耕生产第").append(n).append("项重点工作确保不误农时落到实处\n");
      page.append("(").append(n).append(")认真落实春耕生产各项措施确保种子化肥调配到位\n");
    }
    CleanText c = clean(page.toString());
    assertTrue(c.headLines().contains("在全县春耕生产调度会议上的讲话"), c.headLines().toString());
  }

  @Test
  void aBylineAndDateBetweenTitleAndSalutationBecomeAHeadLineOfTheirOwn() {
    CleanText c = clean("在全镇防汛工作会议上的讲话XX镇党委书记XXX2019年6月3日同志们:" + BODY_1);
    assertEquals(List.of("在全镇防汛工作会议上的讲话", "XX镇党委书记XXX2019年6月3日"), c.headLines());
    assertTrue(c.bodyText().startsWith("同志们:"));
  }

  @Test
  void withoutASalutationTheTitleEndsAtItsLastSpeechWordWhenNoTitleLineCameBefore() {
    CleanText c = clean("在全县春耕生产调度会上的讲话今天是2021年第一个工作日," + BODY_1);
    assertEquals(List.of("在全县春耕生产调度会上的讲话"), c.headLines());
    assertTrue(c.bodyText().startsWith("今天是2021年"));
  }

  @Test
  void aFirstSentenceThatQuotesASpeechIsNotMistakenForATitle() {
    String page = "县委书记在全县春耕生产调度会上的讲话\n习近平总书记的重要讲话中强调,要抓紧抓好春耕生产," + BODY_1;
    CleanText c = clean(page);
    assertEquals(List.of("县委书记在全县春耕生产调度会上的讲话"), c.headLines());
    assertTrue(c.bodyText().startsWith("习近平总书记的重要讲话中强调"));
  }

  @Test
  void aLongTitleWithCommasStaysAHeadLine() {
    String title = "坚定信心,真抓实干,奋力开创全县农业农村工作新局面——在全县春耕生产调度会上的讲话";
    CleanText c = clean(title + "\n同志们:\n" + BODY_1);
    assertEquals(List.of(title), c.headLines());
  }

  @Test
  void siteSentencesAtTheTopGoAndTheDocumentTheyNameIsKeptAsAHint() {
    String page = "下面是小编为大家整理的2023年县长在春耕生产调度会上的讲话,供大家参考。\n同志们:\n" + BODY_1 + "\n" + BODY_2;
    CleanText c = clean(page);
    assertEquals("2023年县长在春耕生产调度会上的讲话", c.pageMetadata().get("siteTitle"));
    assertFalse(all(c).contains("小编"));
    assertTrue(c.bodyText().contains(BODY_1) && c.bodyText().contains(BODY_2));
    assertTrue(c.removed().stream().anyMatch(r -> r.startsWith("site sentence:")));
  }

  @Test
  void aPrefaceOfTheSiteNamesTheDocumentAsA小编SentenceDoes() {
    String page = "前言:本站为你精心整理了春耕生产讲话范文,希望能为你的创作提供参考价值,欢迎咨询。\n同志们:\n" + BODY_1;
    CleanText c = clean(page);
    assertEquals("春耕生产讲话", c.pageMetadata().get("siteTitle"));
    assertFalse(all(c).contains("本站"));
  }

  @Test
  void uploadRowsCountersAndMenusGoButTheTitleAndBodyStay() {
    String page =
        String.join(
            "\n",
            "首页 范文 讲话稿 工作总结 心得体会 述职报告 演讲稿 致辞",
            "在全县春耕生产调度会上的讲话",
            "- 格式:docx",
            "- 大小:21.5 KB",
            "- 文档页数:4",
            "VIP专免",
            "侵权投诉",
            "阅读:1.2W",
            "同志们:",
            BODY_1,
            BODY_2);
    CleanText c = clean(page);
    assertEquals(List.of("在全县春耕生产调度会上的讲话"), c.headLines());
    assertEquals("同志们:\n" + BODY_1 + "\n" + BODY_2, c.bodyText());
    assertTrue(c.removed().size() >= 7, c.removed().toString());
  }

  @Test
  void aViewersHiddenTextNoticeIsNotSpeechText() {
    CleanText c = clean("在全县春耕生产调度会上的讲话\n同志们：\n" + BODY_1 + "\n---此处隐藏1985字,下载后查看---\n" + BODY_2);
    assertFalse(all(c).contains("隐藏"), all(c));
    assertTrue(all(c).contains(BODY_2), all(c));
    // the text is incomplete: the citation says so
    assertTrue(c.truncated());
    // "N个字", with the site's condition after it
    CleanText vip = clean("在全县春耕生产调度会上的讲话\n同志们：\n" + BODY_1 + "\n此处隐藏4201个字。VIP会员可见\n" + BODY_2);
    assertFalse(all(vip).contains("隐藏"), all(vip));
    assertFalse(all(vip).contains("会员可见"), all(vip));
    assertEquals(java.util.Set.of(vip.body().indexOf(BODY_2)), vip.gaps());
  }

  @Test
  void aSharingSitesStampInjectedIntoAWordGoes() {
    CleanText c =
        clean(
            "在全县春耕生产调度会上的讲话\n同志们：\n"
                + "全年拆违153处、97.6万平下载后可任意编辑方米,新增绿化面积12万平方米。它以一种本文格式为Word版下载后可任意编辑和复制全新的方式整合力量。\n"
                + BODY_2);
    assertTrue(all(c).contains("97.6万平方米,新增绿化面积"), all(c));
    assertTrue(all(c).contains("以一种全新的方式"), all(c));
    assertFalse(all(c).contains("任意编辑"), all(c));
  }

  @Test
  void aSharingSitesLabelsAddressesAndFooterAreNotSpeechText() {
    CleanText c =
        clean(
            "在全县春耕生产调度会上的讲话\n某某范文,海量公文素材资料,下载网址:www.example.com,润笔请加微:abc123。同志们：\n"
                + "【文章共2770字,精选参考范文,仅供学习借鉴】\n"
                + BODY_1
                + "[某某秘书网-http://]"
                + BODY_2
                + "\n- 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理\n"
                + "收藏《在全县春耕生产调度会上的讲话》)\n"
                + "-上一篇:在全县安全生产工作会上的讲话稿\n-下一篇:在垃圾分类现场会上的讲话\n"
                + "链接地址:http://www.example.com//index/article/detail/1\n联系客服\n微信订阅号\n"
                + "作者原创,不允许二次传播,一经发现收回会员权益,追究法律责任。");
    String all = all(c);
    assertEquals(BODY_1 + BODY_2, c.body().get(c.body().size() - 1), all);
    for (String chrome :
        List.of("海量公文", "文章共", "秘书网", "侵犯", "收藏", "上一篇", "链接地址", "客服", "订阅号", "原创")) {
      assertFalse(all.contains(chrome), chrome + " in " + all);
    }
  }

  @Test
  void viewerAndPaywallNoticesInsideTheBodyAreGapsNotText() {
    CleanText c =
        clean(
            "在全县春耕生产调度会上的讲话\n同志们：\n"
                + BODY_1
                + "\n仅展示672字,全文共2743字\n"
                + "一是党组织有能力。各村支部能够深入群众。\n"
                + "隐藏内容\n此处内容需要权限查看\n• 普通用户特权:8.8积分\n• 会员用户特权:免费\n"
                + BODY_2);
    String all = all(c);
    for (String notice : List.of("仅展示", "隐藏内容", "权限查看", "特权")) {
      assertFalse(all.contains(notice), notice + " in " + all);
    }
    assertEquals(
        java.util.Set.of(c.body().indexOf("一是党组织有能力。各村支部能够深入群众。"), c.body().indexOf(BODY_2)),
        c.gaps());
    assertTrue(c.truncated());
  }

  @Test
  void aDocumentViewersNumberedTermsAreChrome() {
    CleanText c =
        clean(
            "县长在柚产业种植会讲话.docx\n"
                + "1. 1、原创力文档(book118)网站文档一经付费(服务费),不意味着购买了该文档的版权,仅供个人/单位学习、研究之用。\n"
                + "3. 3、如文档侵犯商业秘密、侵犯著作权、侵犯人身权等,请点击“版权申诉”(推荐)。\n"
                + "4. 4、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。\n"
                + "同志们:\n"
                + BODY_1);
    for (String term : List.of("原创力文档", "商业秘密", "VIP文档")) {
      assertFalse(all(c).contains(term), term + " in " + all(c));
    }
    assertTrue(c.bodyText().contains(BODY_1));
  }

  @Test
  void aPaywallButtonGluedToTheTextItShowsAgainIsAGapNotText() {
    CleanText c =
        clean(
            "在城区绿化工作动员大会上的讲话\n同志们：\n"
                + BODY_1
                + "\n此处内容需要权限查看\n会员免费查看(二)搞好城市绿化是促进经济发展的需要。"
                + BODY_2);
    int after = c.body().indexOf("(二)搞好城市绿化是促进经济发展的需要。" + BODY_2);
    assertTrue(after > 0, all(c));
    assertFalse(all(c).contains("会员免费查看"), all(c));
    assertEquals(java.util.Set.of(after), c.gaps());
  }

  @Test
  void textOnTheTwoSidesOfAnOmissionIsNeverJoinedIntoOneParagraph() {
    CleanText c =
        clean("在全县春耕生产调度会上的讲话\n同志们：\n" + BODY_1 + "近年来,我县 ……(某某网省略938字,正式会员可完整阅读)…… 二是" + BODY_2);
    int after = c.body().indexOf("二是" + BODY_2);
    assertTrue(after > 0, c.body().toString());
    assertEquals(BODY_1 + "近年来,我县", c.body().get(after - 1));
    assertEquals(java.util.Set.of(after), c.gaps());
    assertTrue(c.truncated());
  }

  @Test
  void aPageDateRowIsMetadataNotText() {
    CleanText c = clean("在全县春耕生产调度会上的讲话\n某某文秘网 2024-03-08 09:12:45 领导讲话\n同志们:\n" + BODY_1);
    assertEquals("2024-03-08", c.pageMetadata().get("date"));
    assertEquals(List.of("在全县春耕生产调度会上的讲话"), c.headLines());
  }

  @Test
  void aSentenceThatMentionsAWordOfChromeStays() {
    // 来源 and 阅读 are chrome labels only on a line of their own
    String line = "这是我县粮食增产的重要来源：";
    String reading = "要组织干部阅读:《农业技术手册》。";
    CleanText c = clean("同志们:\n" + BODY_1 + "\n" + line + "\n" + reading + "\n" + BODY_2);
    assertTrue(c.bodyText().contains(line) && c.bodyText().contains(reading), c.bodyText());
  }

  @Test
  void aPreviewThatTheTextRepeatsIsDropped() {
    String preview = "摘要 同志们:" + BODY_1.substring(0, 20) + "...";
    CleanText c = clean("在全县春耕生产调度会上的讲话\n" + preview + "\n同志们:\n" + BODY_1);
    assertFalse(all(c).contains("摘要"));
    assertTrue(c.bodyText().contains(BODY_1));
  }

  @Test
  void pinyinAfterTraditionalCharactersGoesOnlyWhereTheBracketHoldsPinyin() {
    String page = "同志們:\n今天我們召開會(huì)議,研究部署(bù)春耕生產(chǎn)工作(GDP增長)。";
    CleanText c = clean(page);
    assertEquals("同志們:\n今天我們召開會議,研究部署春耕生產工作(GDP增長)。", c.bodyText());
  }

  @Test
  void runsDrawnTwiceAtTheStartOfALineAreWrittenOnce() {
    String page = "同志們:\n" + BODY_1 + "\n一、統一思想一、統一思想提高認識提高認識\n" + BODY_2 + "\n粮食生产年年要抓紧,看看今年怎么干。";
    CleanText c = clean(page);
    assertTrue(c.bodyText().contains("\n一、統一思想提高認識\n"), c.bodyText());
    assertTrue(c.bodyText().contains("粮食生产年年要抓紧,看看今年怎么干。"));
  }

  @Test
  void pageNumbersInsideWordsGoWhenTheyCountUpAPageApart() {
    String filler = BODY_1.repeat(6);
    String page = "同志们:\n" + filler + "努力提升自2身素质。" + filler + "具有重要的现实意3义。" + filler;
    CleanText c = clean(page);
    assertTrue(c.bodyText().contains("努力提升自身素质") && c.bodyText().contains("现实意义"), c.bodyText());
    assertEquals(2, c.removed().stream().filter(r -> r.startsWith("page number")).count());
  }

  @Test
  void numbersInSentencesAreNeverTakenForPageNumbers() {
    String page = "同志们:\n实现1小时通达,覆盖从1到2的全过程。" + BODY_1 + "每天锻炼不低于2小时。";
    CleanText c = clean(page);
    assertTrue(c.bodyText().contains("实现1小时通达,覆盖从1到2的全过程") && c.bodyText().contains("2小时"));
  }

  @Test
  void pageFootersRunIntoTheTextGo() {
    CleanText c = clean("同志们:\n" + BODY_1 + "第1页共3页" + BODY_2);
    assertEquals("同志们:\n" + BODY_1 + BODY_2, c.bodyText());
  }

  @Test
  void forumNoiseAndWatermarksGoAndTheSentencesStay() {
    String page =
        "同志们:\n9 Y8 f3 E5 k. p. Q8 f$ Y) |. D#\n" + BODY_1 + "\n全县责任✪感和使命感要增强,建设5G基站和α粒子加速器。";
    CleanText c = clean(page);
    assertEquals("同志们:\n" + BODY_1 + "\n全县责任感和使命感要增强,建设5G基站和α粒子加速器。", c.bodyText());
  }

  @Test
  void aSiteAddressBetweenParagraphsIsChromeButASentenceCitingOneStays() {
    String cites = "群众可登录县政府网站www.example.gov.cn查询补贴发放情况。";
    CleanText c = clean(BODY_1 + "\n某某范文库 www.example-fanwen.com\n" + BODY_2 + "\n" + cites);
    assertEquals(String.join("\n", BODY_1, BODY_2, cites), c.bodyText());
    assertTrue(
        c.removed().stream().anyMatch(r -> r.contains("www.example-fanwen.com")),
        c.removed().toString());
    // with only the address above the salutation, the page has no title
    assertEquals(
        null,
        SpeechIngester.withDefaults()
            .parseText("p.txt", "某某范文库 http://example-fanwen.cn/a/1.html\n同志们:\n" + BODY_1)
            .title());
  }

  @Test
  void aLinkRowAndAPopUpsCloseButtonAfterTheLastSentenceAreChrome() {
    CleanText c = clean(BODY_1 + "\n" + BODY_2 + "\n》》点击图片进入专题《《\n×\n");
    assertEquals(BODY_1 + "\n" + BODY_2, c.bodyText());
    assertFalse(
        SpeechIngester.withDefaults()
            .parseText("p.txt", "同志们:\n" + BODY_1 + "\n》》点击图片进入专题《《\n×\n")
            .truncated(),
        "a page whose text ends its last sentence is complete");
  }

  @Test
  void twoPageChunksThatBreakMidSentenceAreRejoined() {
    String first = "1、同志们:" + BODY_1 + BODY_2 + "县农业部门要派出技术人员下村指导,帮助群众解";
    String second = "2、决实际困难。" + BODY_1;
    CleanText c = clean(first + "\n" + second);
    assertTrue(c.bodyText().contains("帮助群众解决实际困难。"), c.bodyText());
    assertFalse(c.bodyText().contains("2、"));
  }

  @Test
  void longNumberedItemsThatEndTheirSentencesAreNotPageChunks() {
    // three items of over a hundred characters each: a page break would not fall at each sentence
    // end
    String item = "小朋友要遵守交通规则,公路上来来往往的汽车很多,请不在马路上玩耍或奔跑。" + BODY_1 + BODY_2;
    String page = "同志们:\n1、注意交通安全。" + item + "\n2、远离危险。" + item + "\n3、遵守社会公德。" + item;
    CleanText c = clean(page);
    assertTrue(c.bodyText().contains("\n2、远离危险。"), c.bodyText());
    assertTrue(c.bodyText().contains("\n3、遵守社会公德。"), c.bodyText());
  }

  @Test
  void aTableOfContentsWithLeadersBeforeTheBodyGoes() {
    String page =
        String.join(
            "\n",
            "在全县春耕生产调度会上的讲话",
            "一、认清形势……………2",
            "二、突出重点……………3",
            "同志们:",
            BODY_1,
            "一、认清形势",
            BODY_2);
    CleanText c = clean(page);
    assertEquals(List.of("在全县春耕生产调度会上的讲话"), c.headLines());
    assertEquals(1, c.bodyText().split("一、认清形势", -1).length - 1);
  }

  @Test
  void aPageThatIsOnlyChromeCleansToNothingWithoutFailing() {
    CleanText c = clean("首页\n返回 下载 相关 举报\n侵权投诉\nVIP专免\n");
    assertTrue(c.body().isEmpty() && c.headLines().isEmpty(), c.toString());
    assertFalse(c.removed().isEmpty());
  }

  @Test
  void aDocumentSitesNotesOnTheFileAreRemovedAndTheTitleBelowThemFound() {
    String page =
        "- 1、本文档由用户上传,某某文库整理发布,可阅读全部内容。\n- 2、本文档内容版权归属内容提供方,所产生的收益全部归内容提供方所有。\n"
            + "- 网站客服QQ:12345678\n镇长年度工作总结\n"
            + BODY_1
            + "\n"
            + BODY_2;
    CleanText c = clean(page);
    assertFalse(all(c).contains("本文档"), all(c));
    assertFalse(all(c).contains("客服"), all(c));
    assertTrue(c.bodyText().contains(BODY_1) && c.bodyText().contains(BODY_2), c.bodyText());
    assertEquals("镇长年度工作总结", SpeechIngester.withDefaults().parseText("p.txt", page).title());
  }
}
