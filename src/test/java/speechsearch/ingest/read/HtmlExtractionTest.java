package speechsearch.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlExtractionTest {
  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html><head>
        <meta charset="%s">
        <title>政府工作报告_某某市人民政府</title>
        <meta name="PubDate" content="2024-01-15 10:30">
        <script>var menu = "首页 新闻 政务公开";</script>
      </head><body>
        <header><a href="/">某某市人民政府门户网站</a></header>
        <nav><ul><li><a href="/">首页</a></li><li><a href="/news">新闻中心</a></li></ul></nav>
        <div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 政府工作报告</div>
        <div class="main">
          <div class="related-news"><a href="/1">关于推进高质量发展的意见全文发布</a>
            <a href="/2">市政府召开常务会议研究部署重点工作</a></div>
          <div class="TRS_Editor">
            <p>各位代表：</p>
            <p>现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。</p>
            <p>一、二〇二三年工作回顾</p>
            <div>过去一年，全市经济运行稳中向好。<br>地区生产总值增长百分之五点六。</div>
          </div>
          <div class="share-bar">分享到：微信 微博</div>
        </div>
        <footer>版权所有：某某市人民政府办公室 主办单位联系电话</footer>
      </body></html>
      """;

  private static final String ARTICLE =
      "各位代表：\n"
          + "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。\n"
          + "一、二〇二三年工作回顾\n"
          + "过去一年，全市经济运行稳中向好。\n"
          + "地区生产总值增长百分之五点六。";

  @TempDir Path dir;

  @Test
  void keepsTheArticleAndDropsNavigationAndFooter() throws IOException {
    Path file =
        Files.write(
            dir.resolve("page.html"), PAGE.formatted("utf-8").getBytes(StandardCharsets.UTF_8));
    RawDocument doc = new DocumentReader().read(file);
    assertEquals(ARTICLE, doc.text());
    assertEquals("html", doc.format());
    assertEquals("UTF-8", doc.charset());
    assertEquals(
        Map.of("htmlTitle", "政府工作报告_某某市人民政府", "date", "2024-01-15 10:30"), doc.pageMetadata());
  }

  @Test
  void decodesAPageDeclaredAsGb2312WithTheGb18030Superset() throws IOException {
    byte[] bytes = PAGE.formatted("gb2312").getBytes(Charset.forName("GB18030"));
    Path file = Files.write(dir.resolve("page.htm"), bytes);
    RawDocument doc = new DocumentReader().read(file);
    assertEquals(ARTICLE, doc.text());
    assertEquals("GB18030", doc.charset());
  }

  @Test
  void keepsAnArticleWrappedInAPageWideForm() throws IOException {
    String page =
        "<html><body><form id=\"form1\"><div id=\"menu\"><a href=\"/\">首页</a></div>"
            + "<div id=\"zoom\">同志们：<br>今天召开全市经济工作会议。<br>主要任务是总结工作。</div>"
            + "</form></body></html>";
    Path file = Files.write(dir.resolve("aspx.html"), page.getBytes(StandardCharsets.UTF_8));
    RawDocument doc = new DocumentReader().read(file);
    assertEquals("同志们：\n今天召开全市经济工作会议。\n主要任务是总结工作。", doc.text());
    assertEquals(Map.of(), doc.pageMetadata());
  }
}
