package speechsearch.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.clean.CleanText;
import speechsearch.ingest.clean.TextCleaner;
import speechsearch.ingest.text.CharNormalizer;
import speechsearch.speech.Speech;

/**
 * Seeded random speeches with markers, inline enumerations, PDF spaces, full-width forms, chrome
 * and noise: the cleaner and parser never throw, the parser loses no character of the body, and
 * every body paragraph survives cleaning. The seed is printed; rerun one with -Dparse.seed=N.
 */
class RandomizedParseTest {
  private static final String CJK = "教育发展学校教师课程改革质量提升乡村振兴推进建设加强完善机制服务保障管理创新";
  private static final String[] MARKERS = {
    "一、", "二、", "三、", "(一)", "(二)", "（三）", "一是", "二是", "三是", "第一,", "第二，", "1、", "2.", "3．", "(1)",
    "（2）", "①", "②", "③", "十一、", "1.5", "第三届"
  };
  private static final String[] NOISE = {
    " ", "  ", "\u3000", "\t", "ＡＢＣ", "１２３", "，", "。", "；", "：", "“", "”", "……", "😀", "\u200b",
    "*", "X", "第1页/共3页", "点击查看更多", "\r\n", "\n\n"
  };

  @Test
  void cleanerAndParserNeverThrowAndNeverDropBodyText() {
    long base = Long.getLong("parse.seed", System.nanoTime());
    System.out.println("RandomizedParseTest seed: " + base);
    rounds(base, 300);
  }

  /** Seeds that once found a bug: a chrome line joined to a body line took it down with it. */
  @Test
  void seedsThatFoundBugsStayFixed() {
    rounds(2814138850048L, 1);
  }

  private static void rounds(long base, int count) {
    TextCleaner cleaner = new TextCleaner();
    SpeechParser parser = new SpeechParser();
    SpeechIngester ingester = SpeechIngester.withDefaults();
    for (int round = 0; round < count; round++) {
      long seed = base + round;
      Random r = new Random(seed);
      List<String> paragraphs = new ArrayList<>();
      String doc = randomDocument(r, paragraphs);
      CleanText clean = cleaner.clean(doc);
      String body = clean.bodyText();

      SpeechParser.Body parsed = parser.parse(body);
      StringBuilder all = new StringBuilder(parsed.preamble());
      appendUnits(parsed.units(), all);
      all.append(parsed.closing()).append(parsed.appendix());
      assertEquals(squeeze(body), squeeze(all.toString()), "seed " + seed + ": parser lost text");

      String cleaned = squeeze(String.join("", clean.headLines()) + body);
      for (String p : paragraphs) {
        String expected = squeeze(CharNormalizer.normalize(p));
        assertTrue(cleaned.contains(expected), "seed " + seed + ": cleaning dropped «" + p + "»");
      }

      Speech s = ingester.parseText("random.txt", doc);
      assertTrue(s.sections().stream().allMatch(u -> u.id().startsWith("random-")), "seed " + seed);
    }
  }

  private static void appendUnits(List<SpeechParser.Node> units, StringBuilder out) {
    for (SpeechParser.Node u : units) {
      out.append(u.text());
      appendUnits(u.children(), out);
      out.append(u.tail());
    }
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  /** A page with chrome around a body; the body's plain sentence paragraphs are recorded. */
  private static String randomDocument(Random r, List<String> paragraphs) {
    StringBuilder sb = new StringBuilder();
    if (r.nextBoolean()) sb.append("首页 > 讲话 > 正文\n");
    sb.append("在全区").append(words(r, 4)).append("会议上的讲话\n");
    if (r.nextBoolean()) sb.append("发表时间:2024/5/").append(1 + r.nextInt(28)).append('\n');
    sb.append("同志们:\n");
    int n = 5 + r.nextInt(40);
    for (int i = 0; i < n; i++) {
      int kind = r.nextInt(4);
      if (kind == 0) {
        // a plain sentence paragraph: it must survive cleaning whole
        String p = words(r, 20 + r.nextInt(60)) + "。" + words(r, 5 + r.nextInt(20)) + "。";
        paragraphs.add(p);
        sb.append(p).append('\n');
      } else if (kind == 1) {
        sb.append(MARKERS[r.nextInt(MARKERS.length)])
            .append(words(r, 3 + r.nextInt(10)))
            .append('\n');
      } else if (kind == 2) {
        for (int k = 0; k < 1 + r.nextInt(4); k++) {
          sb.append(MARKERS[r.nextInt(MARKERS.length)])
              .append(words(r, 5 + r.nextInt(20)))
              .append("；");
        }
        sb.append('\n');
      } else {
        for (int k = 0; k < 1 + r.nextInt(6); k++) {
          sb.append(words(r, 1 + r.nextInt(8))).append(NOISE[r.nextInt(NOISE.length)]);
        }
        sb.append('\n');
      }
    }
    if (r.nextBoolean()) sb.append("……(未完,全文共4121字,当前仅显示2171字)\n");
    if (r.nextBoolean()) sb.append("相关文章\n关于加强教育工作的意见\n© 某某网 ICP备12345号\n");
    return sb.toString();
  }

  private static String words(Random r, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) sb.append(CJK.charAt(r.nextInt(CJK.length())));
    return sb.toString();
  }
}
