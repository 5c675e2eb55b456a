package speechsearch.ingest.parse;

import java.util.regex.Pattern;

/**
 * Lists that are a meeting's business, not the speech's units: an agenda announced before its list
 * ("今天会议有两项议程:"), a host calling the next speaker ("一、请县长讲话"), a timetable ("一、上午10:00…"). Only a
 * list's first item is looked at: when it starts one of these, the whole list is text.
 */
final class Agendas {
  private Agendas() {}

  /**
   * "今天会议有两项议程:", "会议的议程有三项。", "主要有三项议程。", "共有三项议程,一是…", "具体内容有三项:", "这次会议共有三项内容:" just before a
   * list.
   */
  private static final Pattern AGENDA =
      Pattern.compile(
          "(?:议程|議程)(?:[^。；;!！?？]{0,6}[:：]|[^。；;!！?？]{0,3}有[一二两兩三四五六七八九十\\d]{1,2}[项項个個][。：:])\\s*$"
              + "|有[一二两兩三四五六七八九十\\d]{1,2}[项項个個](?:议程|議程)[。：:,，]\\s*$"
              // a host's "具体内容有三项:" (a meeting's content; 任务 may announce the speech's own list)
              + "|(?:会议|會議|具体|具體)[内內]容[^。；;!！?？]{0,3}有[一二两兩三四五六七八九十\\d]{1,2}[项項个個][。：:]\\s*$"
              // "我們這次會議共有三項內容:": the count before the word
              + "|(?:会议|會議)[^。；;!！?？]{0,3}有[一二两兩三四五六七八九十\\d]{1,2}[项項个個](?:[内內]容|议程|議程)[。：:,，]\\s*$");

  /** A host calling the next speaker: "一、请安监局局长宣读…", "二、请县长讲话". */
  private static final Pattern HOSTS_CALL =
      Pattern.compile("\\s*请[^。；;！!？?\\n]{0,30}?(?:讲话|講話|发言|發言|宣读|宣讀|致辞|致辭|作报告|作報告|介绍|頒獎|颁奖)");

  /** "一、上午10:00-11:00,大会开幕式": a list of a meeting's timetable. */
  private static final Pattern SCHEDULE =
      Pattern.compile("(?:上午|下午|晚上|早上|中午)?\\s?\\d{1,2}[:：]\\d{2}");

  /**
   * Whether the first item of a list, its marker at {@code pos} and its text from {@code
   * afterMarker}, starts an agenda, a host's calls or a timetable.
   */
  static boolean startsOne(String body, int pos, int afterMarker) {
    int from = Math.max(0, pos - 30);
    return AGENDA.matcher(body.substring(from, pos)).find()
        || SCHEDULE.matcher(body).region(afterMarker, body.length()).lookingAt()
        || HOSTS_CALL.matcher(body).region(afterMarker, body.length()).lookingAt();
  }
}
