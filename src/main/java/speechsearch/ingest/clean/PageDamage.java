package speechsearch.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import speechsearch.ingest.text.CharNormalizer;

/**
 * Repairs damage that sites and converters put inside the text itself, before lines are judged:
 * pinyin in brackets after each character of traditional pages ("會(huì)議"), page footers and page
 * numbers run into the text ("第1页共13页", "—1—", "自6身素质"), anti-copy noise of forums ("9 Y8 f3 E5
 * k."), and PDF text whose runs were each written twice ("讲话文讲话文"). Each repair is narrow: it needs
 * the whole pattern of the damage, so the same characters in a sentence stay.
 */
final class PageDamage {

  /**
   * A bracket that holds one pinyin syllable with a tone mark (a space inside allowed), right after
   * a Han character.
   */
  private static final Pattern PINYIN =
      Pattern.compile(
          "(?<=[\\p{IsHan}])[(（]\\s?([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\\s?[)）]");

  /** Page footers inside a line: 第1页共13页, 第 2 页 / 共 9 页, and the "—1—" of Word pages. */
  private static final Pattern FOOTER =
      Pattern.compile(
          "第\\s?\\d{1,4}\\s?页\\s?[/／,，]?\\s?共\\s?\\d{1,4}\\s?页|—\\s?\\d{1,3}\\s?—(?!\\d)|(?<!\\S)- \\d{1,3} -(?!\\S)");

  /**
   * Forum anti-copy noise: five or more tokens of one to three printable ASCII characters separated
   * by single spaces, with symbols among them. Running English or numbers never look like this.
   */
  private static final Pattern NOISE = Pattern.compile("(?:[!-~]{1,3} ){4,}[!-~]{0,3}");

  /**
   * The stamps document-sharing sites glue around a file's name: its number at the line start
   * ("编号:035994829") and a template date with letters for digits ("201X/X/XX") between the file
   * name and the document's own title. The number goes; the date stamp becomes a line break.
   */
  private static final Pattern FILE_NUMBER = Pattern.compile("^(?:编号|編號|文档编号)[:：]\\s*\\d{6,}");

  private static final Pattern MASKED_STAMP =
      Pattern.compile(
          "(?<![\\dA-Za-z])(?:19|20)(?=[\\dX/]*X)[\\dX]{2}/[\\dX]{1,2}/[\\dX]{1,2}(?![\\dA-Za-z])");

  /**
   * A sharing site's stamp injected into the text, often inside a word ("97.6万平下载后可任意编辑方米",
   * "以一种本文格式为Word版下载后可任意编辑和复制全新的方式").
   */
  private static final Pattern EDITABLE_STAMP =
      Pattern.compile(
          "(?:本文格式为|本文格式為)?(?:Word|word|WORD)?版?[,，]?\\s?(?:下载|下載)后?可任意(?:编辑|編輯)(?:和复制|和複製)?");

  /**
   * A site's label or address injected into the text: "【文章共2770字,精选参考范文,仅供学习借鉴】", "【更多公文素材,微信:…】",
   * "[新世纪秘书网-http://]", "(演讲稿 http://fanwen.example.com)", "九象网http://.9xwang.com", "公文汇,办公文档之家".
   */
  private static final Pattern SITE_INJECTION =
      Pattern.compile(
          "【(?:文章共\\d+字|更多公文素材)[^】]{0,40}(?:】|$)"
              + "|[^，,。\\s]{0,8}[,，]海量公文素材资料[,，]下载网址[:：]\\s?(?:https?://)?www\\.[\\w.]+(?:[,，]润笔请加微[:：]?\\s?\\w+)?[。.]?"
              + "|(?:秘书之家|秘书网|公文网|范文网)[—-]全网资源每日更新\\s?(?:https?://)?www\\.[\\w.]+"
              + "|免责声明[:：]图文来源于网络[^。\\n]{0,80}。?"
              + "|[\\[【(（][^\\]】)）]{0,12}(?:https?://|www\\.)[\\w./:?=&%#-]{0,60}\\s?[\\]】)）]"
              + "|\\p{IsHan}{1,8}网\\s?https?://[\\w./:-]*"
              + "|本文来自https?:[\\w./:-]*"
              + "|(?:公文汇|稿子汇)[,，](?:办公文档之家|范文学习文库)");

  private PageDamage() {}

  /** Repairs every line; returns the repaired lines and records each removal. */
  static List<String> repair(List<String> lines, List<String> removed) {
    boolean pinyinPage = countPinyin(lines) >= 3;
    List<String> out = new ArrayList<>(lines.size());
    for (String line : lines) {
      String l = line;
      if (pinyinPage && (l.indexOf('(') >= 0 || l.indexOf('（') >= 0)) l = dropPinyin(l, removed);
      if (l.indexOf('页') >= 0 || l.indexOf('—') >= 0 || l.indexOf('-') >= 0) {
        l = remove(FOOTER, l, "page footer", removed);
      }
      if (l.indexOf(' ') >= 0 && symbolDense(l)) l = remove(NOISE, l, "noise", removed);
      l = undouble(l, removed);
      l = dropWatermarks(l, removed);
      if (l.indexOf("任意编辑") >= 0 || l.indexOf("任意編輯") >= 0) {
        l = remove(EDITABLE_STAMP, l, "injected stamp", removed);
      }
      if (l.indexOf('【') >= 0
          || l.indexOf("http") >= 0
          || l.indexOf("www.") >= 0
          || l.indexOf('汇') >= 0
          || l.indexOf("免责声明") >= 0) {
        l = remove(SITE_INJECTION, l, "site injection", removed);
      }
      if (l.indexOf('/') > 0 || l.indexOf('号') > 0 || l.indexOf('號') > 0) {
        l = remove(FILE_NUMBER, l, "file number", removed);
        Matcher stamp = MASKED_STAMP.matcher(l);
        if (stamp.find()) {
          removed.add("date stamp: " + stamp.group());
          l = stamp.replaceAll("\n");
        }
      }
      for (String part : l.split("\n")) if (!part.isBlank()) out.add(part.strip());
    }
    return PageNumbers.strip(out, removed);
  }

  private static int countPinyin(List<String> lines) {
    int n = 0;
    for (String l : lines) {
      if (l.indexOf('(') < 0 && l.indexOf('（') < 0) continue;
      Matcher m = PINYIN.matcher(l);
      while (m.find() && n < 3) n++;
      if (n >= 3) break;
    }
    return n;
  }

  private static String dropPinyin(String line, List<String> removed) {
    Matcher m = PINYIN.matcher(line);
    if (!m.find()) return line;
    StringBuilder sb = new StringBuilder(line.length());
    int last = 0;
    int count = 0;
    do {
      sb.append(line, last, m.start());
      last = m.end();
      count++;
    } while (m.find());
    sb.append(line, last, line.length());
    removed.add("pinyin: " + count + " bracket(s) in «" + abbreviate(line) + "»");
    return sb.toString();
  }

  private static String remove(Pattern p, String line, String why, List<String> removed) {
    Matcher m = p.matcher(line);
    if (!m.find()) return line;
    // a footer alone on its line is left to the chrome rules, which see the lines around it
    if (p == FOOTER && m.start() == 0 && m.end() == line.length()) return line;
    StringBuilder sb = new StringBuilder(line.length());
    int last = 0;
    do {
      if (why.equals("noise") && !hasSymbols(m.group(), 3)) continue;
      sb.append(line, last, m.start());
      removed.add(why + ": " + m.group().strip());
      last = m.end();
    } while (m.find());
    sb.append(line, last, line.length());
    return sb.toString();
  }

  private static boolean symbolDense(String l) {
    return hasSymbols(l, 3);
  }

  private static boolean hasSymbols(String s, int min) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128 && !Character.isLetterOrDigit(c) && c != ' ' && ++n >= min) return true;
    }
    return false;
  }

  /**
   * Watermarks of copy-protected pages: a lone letter of another script or a dingbat between two
   * Han characters ("责任✪感", "最高ฝ峰", "恶유性"). Chinese text never writes a Thai or Korean letter, or a
   * star or sign, inside a word; Latin letters and digits (5G, A股) stay.
   */
  static String dropWatermarks(String line, List<String> removed) {
    StringBuilder out = null;
    int n = line.length();
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      boolean mark =
          i > 0
              && i + 1 < n
              && isWatermark(c)
              && CharNormalizer.isCjk(line.charAt(i - 1))
              && CharNormalizer.isCjk(line.charAt(i + 1));
      if (mark && out == null) out = new StringBuilder(line.substring(0, i));
      if (mark) removed.add("watermark: " + c + " in «" + abbreviate(line) + "»");
      else if (out != null) out.append(c);
    }
    return out == null ? line : out.toString();
  }

  /**
   * Letters of Thai, Korean, Cyrillic and Greek, dingbats and signs: never part of Chinese words.
   */
  private static boolean isWatermark(char c) {
    return (c >= 0x0E00 && c <= 0x0E7F)
        || (c >= 0xAC00 && c <= 0xD7AF)
        || (c >= 0x1100 && c <= 0x11FF)
        || (c >= 0x3130 && c <= 0x318F)
        || (c >= 0x2600 && c <= 0x27BF);
  }

  /**
   * A line that starts with runs each written twice ("一、回望十年一、回望十年信”到信”到…"): PDF text drawn twice
   * on top of itself. Only a start made of at least two doubled runs, or one doubled run that is
   * the whole line, is repaired; a word like 年年 or 看看 inside a sentence is never touched.
   */
  static String undouble(String line, List<String> removed) {
    int n = line.length();
    if (n < 4) return line;
    StringBuilder out = null;
    int pos = 0;
    int runs = 0;
    while (pos < n) {
      int len = doubledAt(line, pos);
      if (len == 0) break;
      if (out == null) out = new StringBuilder(n);
      out.append(line, pos, pos + len);
      pos += 2 * len;
      runs++;
    }
    boolean whole = runs == 1 && pos == n;
    if (!whole && (runs < 2 || pos < 8)) return line;
    removed.add("doubled: " + abbreviate(line.substring(0, pos)));
    return out.append(line, pos, n).toString();
  }

  /** Length of the shortest run of 2 to 40 characters at {@code pos} that repeats right after. */
  private static int doubledAt(String s, int pos) {
    int max = Math.min(40, (s.length() - pos) / 2);
    for (int len = 2; len <= max; len++) {
      if (s.regionMatches(pos, s, pos + len, len)) return len;
    }
    return 0;
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "…";
  }
}
