package speechsearch.ingest.metadata;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import speechsearch.ingest.text.Markers;

/**
 * The year a report implies without writing it: a government work report reviews the year before
 * the one it is given in ("一、2018年工作回顾" opens the report of 2019), a report is given to a numbered
 * session of the National People's Congress (第十三届…第四次会议: 2021), and the report of the N-th Central
 * Committee is given to the (N+1)-th Party Congress. Masked years (202X) never match. Sources say
 * {@code inferred} for these.
 */
final class ImpliedYear {
  /** The year of the first session of each National People's Congress. */
  private static final int[] NPC_FIRST_SESSION = {
    0, 1954, 1959, 1964, 1975, 1978, 1983, 1988, 1993, 1998, 2003, 2008, 2013, 2018, 2023
  };

  /** The second NPC met in 1959, 1960, 1962 and 1963; every other term once a year. */
  private static final Map<Integer, Integer> SECOND_NPC = Map.of(3, 1962, 4, 1963);

  private static final int[] PARTY_CONGRESS = {
    0, 1921, 1922, 1923, 1925, 1927, 1928, 1945, 1956, 1969, 1973, 1977, 1982, 1987, 1992, 1997,
    2002, 2007, 2012, 2017, 2022
  };

  private static final String CN = "[一二三四五六七八九十]{1,3}";
  private static final String YEAR = "(\\d{4}|[一二三四五六七八九〇○零]{4})年";

  private static final Pattern NPC_SESSION =
      Pattern.compile("[向在](?:中华人民共和国)?第(" + CN + ")届全国人民代表大会第(" + CN + ")次会议");
  private static final Pattern CENTRAL_COMMITTEE =
      Pattern.compile("代表(?:中国共产党)?第(" + CN + ")届中央委员会");
  private static final Pattern AT_CONGRESS =
      Pattern.compile("在(?:中国共产党|党的)第(" + CN + ")次全国代表大会上的报告");

  /** A heading that reviews a year: "一、2018年工作回顾", "一、一九八九年的回顾". */
  private static final Pattern REVIEW_HEADING = Pattern.compile(YEAR + "[^。；！？]{0,16}回顾");

  private static final Pattern JUST_PAST = Pattern.compile("刚刚过去的" + YEAR);

  /** "今年是…建国三十周年", "今年是新中国成立70周年", "今年是中国共产党成立100周年". */
  private static final Pattern ANNIVERSARY =
      Pattern.compile(
          "今年(?:是|恰逢|正值)[^。；]{0,40}?(建国|新中国成立|中华人民共和国成立|中国共产党成立|建党)"
              + "(\\d{1,3}|[一二三四五六七八九十百]{1,4})周年");

  private static final int MAX_HEADING = 40;
  private static final int MAX_CHARS = 6000;

  private ImpliedYear() {}

  /**
   * The year implied by the head lines and the first paragraphs of a body (a session, a committee,
   * a reviewed year), else by an anniversary anywhere in it ("今年是…建国三十周年"), or null.
   */
  static Integer of(List<String> head, List<String> body) {
    int chars = 0;
    Integer review = null;
    // a line is too short to tell its script: the page's opening tells it ("2009年工作回顧")
    boolean traditional =
        Script.looksTraditional(String.join("", body.subList(0, Math.min(8, body.size()))));
    for (List<String> lines : List.of(head, body)) {
      for (String raw : lines) {
        if (chars > MAX_CHARS) break;
        String line = traditional ? Script.converted(raw) : raw;
        Integer y = session(line);
        if (y != null) return y;
        if (review == null) review = reviewed(line);
        chars += line.length();
      }
    }
    if (review != null) return review;
    for (String raw : body) {
      String line = traditional ? Script.converted(raw) : raw;
      Integer y = line.contains("周年") ? anniversary(line) : null;
      if (y != null) return y;
    }
    return null;
  }

  private static Integer session(String line) {
    Matcher m = NPC_SESSION.matcher(line);
    if (m.find()) {
      int term = Markers.chineseNumber(m.group(1));
      int session = Markers.chineseNumber(m.group(2));
      if (term == 2 && SECOND_NPC.containsKey(session)) return SECOND_NPC.get(session);
      if (term > 0 && term < NPC_FIRST_SESSION.length && session > 0 && session <= 5) {
        return NPC_FIRST_SESSION[term] + session - 1;
      }
    }
    m = CENTRAL_COMMITTEE.matcher(line);
    if (m.find()) return congress(Markers.chineseNumber(m.group(1)) + 1);
    m = AT_CONGRESS.matcher(line);
    if (m.find()) return congress(Markers.chineseNumber(m.group(1)));
    return null;
  }

  private static Integer anniversary(String line) {
    Matcher m = ANNIVERSARY.matcher(line);
    if (!m.find()) return null;
    int n = count(m.group(2));
    return n > 0 ? (m.group(1).contains("党") ? 1921 : 1949) + n : null;
  }

  /** 30 → 30, 三十 → 30, 一百 → 100. */
  private static int count(String s) {
    if (Character.isDigit(s.charAt(0))) return Integer.parseInt(s);
    if (s.equals("一百") || s.equals("百")) return 100;
    return Markers.chineseNumber(s);
  }

  /** The year the n-th Party Congress met, or null for a number out of the table. */
  static Integer congress(int n) {
    return n > 0 && n < PARTY_CONGRESS.length ? PARTY_CONGRESS[n] : null;
  }

  /** The year after the one a heading reviews or the text calls 刚刚过去的. */
  private static Integer reviewed(String line) {
    Matcher m = REVIEW_HEADING.matcher(line);
    boolean found = line.length() <= MAX_HEADING && m.find();
    if (!found) {
      m = JUST_PAST.matcher(line);
      found = m.find();
    }
    if (!found) return null;
    int y = yearNumber(m.group(1));
    return y >= 1900 && y < 2100 ? y + 1 : null;
  }

  /** 2018 → 2018, 一九八九 → 1989. */
  private static int yearNumber(String s) {
    int y = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = c >= '0' && c <= '9' ? c - '0' : "〇一二三四五六七八九".indexOf(c);
      if (d < 0) d = c == '○' || c == '零' ? 0 : -1;
      if (d < 0) return -1;
      y = y * 10 + d;
    }
    return y;
  }
}
