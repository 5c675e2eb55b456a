package speechsearch.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import speechsearch.ingest.SpeechIngester;

/** A text that stops in the middle of a sentence is incomplete; a whole ending is not. */
class TruncationTest {
  private static final SpeechIngester INGESTER = SpeechIngester.withDefaults();

  private static boolean truncated(String text) {
    return INGESTER.parseText("speech.txt", text).truncated();
  }

  private static final String HEAD = "在全县农业工作会议上的讲话\n同志们：\n今天召开会议，部署今年的农业工作。\n一、抓好春耕\n要及早调运种子化肥，";

  @Test
  void aTextThatStopsMidSentenceIsIncomplete() {
    assertTrue(truncated(HEAD + "保证不误农时，切实解决乡"));
  }

  @Test
  void aTextThatEndsASentenceOrSignsOffIsWhole() {
    assertFalse(truncated(HEAD + "保证不误农时。\n谢谢大家！"));
    assertFalse(truncated(HEAD + "保证不误农时。\n某某县人民政府\n2025年3月5日"));
    assertFalse(truncated(HEAD + "保证不误农时。让我们共同努力，夺取全年农业丰收”"));
  }

  @Test
  void aTextThatEndsOnABareEnumeratorOrACutDashPointIsIncomplete() {
    assertTrue(truncated(HEAD + "保证不误农时。\n三、"));
    assertTrue(truncated(HEAD + "保证不误农时。\n(二)"));
    // a heading with nothing under it: the page stopped where a part begins
    assertTrue(truncated(HEAD + "保证不误农时。\n二、全力做好小麦收割"));
    assertTrue(truncated(HEAD + "保证不误农时。\n——种子调运到村。各乡镇要建立台账。\n——化肥供"));
    assertTrue(truncated(HEAD + "保证不误农时。\n完善《农资供应指南》和《"));
    assertTrue(truncated(HEAD + "保证不误农时。\n过去的一年,我们始终秉持“民生为大、枝叶关情”"));
    assertFalse(truncated(HEAD + "保证不误农时。\n让我们牢记“民生为大、枝叶关情。”"));
    assertFalse(truncated(HEAD + "保证不误农时。谢谢大家!（鼓掌）"));
    // a short line after a dash point that ends its sentence is a signature
    assertFalse(truncated(HEAD + "保证不误农时。\n——种子调运到村。\n某某县农业农村局"));
  }

  @Test
  void wordsCutOffWithAnEllipsisAreIncompleteASentenceEndingInOneIsNot() {
    assertTrue(truncated(HEAD + "保证不误农时，以更强的民本思维……"));
    assertTrue(truncated(HEAD + "保证不误农时，思路清晰..."));
    assertFalse(truncated(HEAD + "保证不误农时。\n请获奖同志上台领奖，大家鼓掌祝贺……。"));
  }

  @Test
  void aSitesNoticeWhereItStoppedShowingTheTextMarksItCutAndEndsThePage() {
    var speech =
        INGESTER.parseText(
            "speech.txt", HEAD + "保证不误农时。\n(阅读全部图文内容,您需要先登录!)\n相关范文\n在全县秋收工作会议上的讲话\n");
    assertTrue(speech.truncated());
    assertFalse(speech.sections().toString().contains("秋收"), "the page's tail is no text");
    assertTrue(truncated(HEAD + "保证不误农时。\n全文共3427字,仅供站内会员学习参考(会员可打开排版规范的全部文档)\n"));
    assertTrue(truncated(HEAD + "保证不误农时。\n新来的客人【点此注册】查看文章\n"));
    assertTrue(truncated(HEAD + "保证不误农时。\n试读结束,请点击右下角登录后\n"));
    // after a speech that signed off, the same words are the site's advert
    assertFalse(truncated(HEAD + "保证不误农时。\n谢谢大家!\n预览结束,获取全文定制代笔此类文章!\n相关文章\n"));
  }

  @Test
  void aSpeechTellingCitizensToLogInToAServiceIsNoSitesNotice() {
    // 政务服务 speeches tell people to log in to a platform: the speech goes on, nothing is cut
    var speech =
        INGESTER.parseText(
            "speech.txt",
            HEAD
                + "保证不误农时。\n办事群众请先登录“赣服通”平台预约，再到大厅办理。\n企业需先登录政务服务网，即可在线申报补贴。\n"
                + "二、加强监管\n要落实好监管责任，确保安全。\n谢谢大家！");
    assertFalse(speech.truncated());
    assertTrue(speech.sections().toString().contains("加强监管"), speech.sections().toString());
    // the site's own notice still cuts
    assertTrue(truncated(HEAD + "保证不误农时。\n您需要先登录!\n相关范文\n"));
  }

  @Test
  void anAppendixDoesNotMakeTheBodyLookCut() {
    String text = HEAD + "保证不误农时。\n二、抓好防汛\n汛前要检查堤坝。\n同志们，谢谢大家！\n名词解释\n1.“两补”：种粮补贴和农机补贴\n";
    assertFalse(truncated(text));
  }

  @Test
  void theSeedThatStopsAtQieShiJieJueXiangIsMarkedIncomplete() throws IOException {
    // seed 001 ends "…确保课题研究按时、高质量完成,切实解决乡" and says nothing of being cut
    assertTrue(
        INGESTER.ingest(Path.of("src/test/resources/seeds/001_e2998c9e767e90a0.txt")).truncated());
  }
}
