package speechsearch.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import speechsearch.ingest.text.CharNormalizer;

/**
 * Pages that lose their line breaks run the title into the speech: "…会议上的讲话同志们:今天…", "…讲话
 * XX镇党委书记XXX2018年9月17日同志们:", "…上的讲话3260字范文同志们:", "…会议上的讲话今天是2021年第一个工作 日,…". This splits such a
 * line into its head (title, byline, date) and its body. Nothing but a full stop after a name is
 * dropped: every other character goes either to the head or to the body.
 */
public final class TitleRun {

  /** The ways a speech turns to its audience, which no title contains. */
  private static final Pattern SALUTATION =
      Pattern.compile(
          "同志们|同志們|尊敬的|亲爱的|親愛的|老师们|老師們|教师们|教師們|同学们|同學們|女士们|女士們|大家(?:上午|下午|晚上|早上)?好|(?:广大|廣大)(?:市民|居民|群众|群眾)?朋友"
              + "|各位\\s?(?:代表|委员|委員|领导|領導|来宾|來賓|老师|老師|同志|同事|家长|家長|同学|同學|嘉宾|嘉賓|同仁|朋友|会员|會員|校友|股东|股東)");

  /** Characters after a speech word that continue a sentence ("讲话中指出", "讲话精神"). */
  private static final String CONTINUES = "中时時里裡后後前上的和与與及是为為已对對要会會精指强強";

  /** Characters after a number that make it part of the sentence (5月8日), not decoration. */
  private static final String UNITS = "年月日时時分秒个個名人次项項条條家所万萬亿億元岁歲号號届屆期批天周";

  private static final Pattern TRAIL =
      Pattern.compile(
          "(?:\\s*(?:【[^【】]{0,40}】|[(（](?![^()（）]*年)[^()（）]{0,12}[)）]|\\.(?:docx?|pdf|wps)|(?:通用|优质|優質)?(?:多|\\d{1,3})篇"
              + "|\\d{2,5}字(?:范文|範文|范本|範本)?|范文|範文|范本|範本|精品|精选|精選|全文完整|完整版|\\d{1,3}(?![\\d.])"
              + "|[?？]))+");

  /**
   * A work summary's name run into its first sentence, which opens on the year it reviews
   * ("区教育局20XX年工作总结20xx年，全区教育系统…"): 总结 is no speech word, so the rule below does not see it.
   */
  private static final Pattern SUMMARY_THEN_BODY =
      Pattern.compile(
          // after a site's banner, if any ("-精品合同推荐- 2008年街道办工作总结一年来，…")
          "(?:-[^-\\s]{2,10}-\\s*)?"
              + "([^，,。；;！？!?：:\\s]{2,60}?(?:工作总结|工作總結|年度总结|年度總結|年终总结|年終總結))"
              + "(?=\\s?(?:(?:19|20)[\\dXx×*]{2}\\s?年(?:度)?[，,]|今年以来|今年來|一年来|一年來|近年来|近年來))");

  /** A short name or post and a colon at the start of a line: "周某:". */
  private static final Pattern NAME_COLON = Pattern.compile("[^，,。；;：:\\s]{2,10}[:：]");

  /** The name of a speech given at a meeting: 在…会议上的讲话, 在…仪式上致辞. */
  private static final Pattern SPEECH_NAME =
      Pattern.compile(
          // at the very start of a page: a news lead names its speaker first (县委书记张某在…讲话。他强调)
          "在[^，,。；;：:]{2,60}?(?:会|會|会议|會議|仪式|儀式|典礼|典禮|论坛|論壇)上的?(?:讲话|講話|演讲|演講|发言|發言|致辞|致辭)");

  /** A title split off a line: the head lines and what is left for the body. */
  record Split(List<String> head, String body) {}

  private TitleRun() {}

  /**
   * Splits a line that begins with a title run into the speech. Before a salutation the split is
   * always safe: nothing of a speech comes before its salutation on the same line. Without one, the
   * line is only split when the page has shown no title yet and a speech word ends a run of text
   * that no punctuation interrupts.
   */
  static Split split(String line, boolean titleSeen) {
    Matcher sal = SALUTATION.matcher(line);
    if (sal.find() && sal.start() > 0 && sal.start() <= 200) {
      String prefix = line.substring(0, sal.start());
      String bare = prefix.strip();
      if (!bare.isEmpty() && CharNormalizer.isColon(bare.charAt(bare.length() - 1))) {
        bare = bare.substring(0, bare.length() - 1);
      }
      // "周某:全国两会…发言提纲各位领导:": a speaker's name and colon before the title interrupt nothing
      Matcher named = NAME_COLON.matcher(bare);
      int from = named.lookingAt() ? named.end() : 0;
      if (!interrupted(bare.substring(from), bare.length() - from)) {
        List<String> head = headOf(prefix, bare);
        if (head != null) return new Split(head, line.substring(sal.start()));
      }
    }
    if (titleSeen) {
      // a name the page showed above, said again with its byline and date run into the text
      int stop = firstPunctuation(line, 150);
      int end = stop < 0 ? -1 : lastSpeechEnd(line, stop);
      return end >= 4 && BYLINE_DATE.matcher(line).region(end, line.length()).lookingAt()
          ? splitAt(line, end)
          : null;
    }
    Matcher summary = SUMMARY_THEN_BODY.matcher(line);
    if (summary.lookingAt()) {
      return new Split(List.of(summary.group(1).strip()), line.substring(summary.end(1)).strip());
    }
    int stop = firstPunctuation(line, 150);
    if (stop < 0) return null;
    int end = lastSpeechEnd(line, stop);
    if (end == stop
        && CharNormalizer.isSentenceEnd(line.charAt(stop))
        && SPEECH_NAME.matcher(line.substring(0, end)).matches()) {
      // "在全县招商引资大会上演讲。天时…": a preview that opens with the name as a sentence; the full
      // stop after the name is the one character that goes to neither side
      return new Split(List.of(line.substring(0, end).strip()), line.substring(stop + 1).strip());
    }
    if (end < 4 || end >= stop) return null;
    // "…会上的讲话为保证…" may be a sentence going on, unless the name was just said twice: a viewer's
    // file name and title run into the text
    if (CONTINUES.indexOf(line.charAt(end)) >= 0 && !repeatsItsName(line.substring(0, end))) {
      return null;
    }
    return splitAt(line, end);
  }

  /**
   * The line split after the title that ends at {@code end}; a byline and a bracketed date right
   * after it ("…会议上的讲话山西省副省长某某(2020年11月17日)今天召开…") go with the title.
   */
  private static Split splitAt(String line, int end) {
    String title = line.substring(0, end).strip();
    String rest = line.substring(end);
    Matcher dated = BYLINE_DATE.matcher(rest);
    if (dated.lookingAt()) {
      String byline = dated.group(1).strip();
      List<String> head =
          byline.isEmpty()
              ? List.of(title, dated.group(2).strip())
              : List.of(title, byline, dated.group(2).strip());
      return new Split(head, rest.substring(dated.end()).strip());
    }
    return new Split(List.of(title), rest.strip());
  }

  /** A byline of up to 24 characters and a bracketed date right after a title run into the text. */
  private static final Pattern BYLINE_DATE =
      Pattern.compile(
          "\\s*([^，,。；;：:(（)）\\n]{0,24}?)\\s*([(（]\\s*(?:19|20)\\d{2}\\s?年\\s?\\d{1,2}\\s?月\\s?\\d{1,2}\\s?日\\s*[)）])");

  /** Whether the last two names run together in {@code head} are one name said twice. */
  private static boolean repeatsItsName(String head) {
    List<String> names = TitleText.names(head);
    int n = names.size();
    return n >= 2
        && names.get(n - 1).length() >= 8
        && TitleText.similar(names.get(n - 2), names.get(n - 1));
  }

  public static boolean startsWithSalutation(String line) {
    Matcher m = SALUTATION.matcher(line);
    return m.lookingAt();
  }

  static boolean hasSalutation(String line) {
    return SALUTATION.matcher(line).find();
  }

  /** A body a statement is addressed to, after its name: 市委巡察组, 县委督导组, 省考核组. */
  private static final Pattern ADDRESSEE =
      Pattern.compile("\\p{IsHan}{1,10}(?:巡察组|巡视组|督导组|督查组|考核组|检查组|调研组|工作组)");

  /** The head lines a prefix before a salutation gives: a title and a byline, or a date line. */
  private static List<String> headOf(String prefix, String bare) {
    int end = lastSpeechEnd(bare, bare.length());
    if (end < 4) {
      boolean dated = bare.length() <= 40 && bare.indexOf('年') > 0 && hasDigit(bare);
      return dated ? List.of(bare) : null;
    }
    String title = bare.substring(0, end).strip();
    String rest = bare.substring(end).strip();
    List<String> head = new ArrayList<>(2);
    if (!rest.isEmpty() && !hasLetterOrDigit(rest)
        || rest.length() >= 4
            && rest.chars().allMatch(Character::isLetter)
            && !TitleText.isByline(rest)
            && !hasDigit(rest)
            && !ADDRESSEE.matcher(rest).matches()) {
      // "【…致辞】": the closing bracket belongs to the title; so does a theme after the speech
      // word ("…校长致辞创美好未来") that names no post or date, nor the body addressed ("…表态发言文稿
      // 市委巡察组", a line of its own)
      head.add(title + rest);
    } else {
      head.add(title);
      if (!rest.isEmpty()) head.add(rest);
    }
    return head;
  }

  /** End of the last speech word before {@code limit}, with the decoration after it. */
  private static int lastSpeechEnd(String s, int limit) {
    Matcher m = TitleText.SPEECH_END.matcher(s);
    m.region(0, limit);
    int end = -1;
    while (m.find()) end = m.end();
    if (end < 0) return -1;
    Matcher t = TRAIL.matcher(s);
    t.region(end, limit);
    if (t.lookingAt()) {
      int e = t.end();
      // "讲话5月8日…": a number that the next character makes part of a sentence stays
      while (e > end && e < s.length() && UNITS.indexOf(s.charAt(e)) >= 0) {
        int d = e;
        while (d > end && Character.isDigit(s.charAt(d - 1))) d--;
        if (d == e) break;
        e = d;
      }
      end = e;
    }
    return end;
  }

  /**
   * Index of the first sentence or clause mark outside brackets, or -1 if none before max. The
   * enumeration comma is none: titles list their subjects ("…政法、信访稳定工作会议") and bylines their posts
   * ("县委常委、副县长").
   */
  private static int firstPunctuation(String s, int max) {
    int depth = 0;
    for (int i = 0; i < Math.min(max, s.length()); i++) {
      char c = s.charAt(i);
      if (c == '【' || c == '(' || c == '（' || c == '《') depth++;
      else if ((c == '】' || c == ')' || c == '）' || c == '》') && depth > 0) depth--;
      else if (depth == 0 && isMark(c)) return i;
    }
    return -1;
  }

  private static boolean interrupted(String s, int limit) {
    int p = firstPunctuation(s, limit);
    return p >= 0 && p < limit;
  }

  private static boolean isMark(char c) {
    return CharNormalizer.isSentenceEnd(c)
        || CharNormalizer.isComma(c)
        || CharNormalizer.isColon(c);
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c) || "〇○零一二三四五六七八九十".indexOf(c) >= 0) return true;
    }
    return false;
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) return true;
    return false;
  }
}
