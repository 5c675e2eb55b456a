package speechsearch.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Title, subtitle, date, year and speaker from the head lines of a cleaned speech and its page
 * metadata. The text wins over page labels; templated years (202X, 20XX, XX年) are no year. A year
 * the text only implies ({@link ImpliedYear}) comes before a page's date.
 */
final class MetadataExtractor {
  private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
  private static final Pattern YEAR = Pattern.compile("(?<![\\dXx])((?:19|20)\\d{2})年(?![\\dXx])");
  private static final Pattern SPEECH_WORDS =
      Pattern.compile("讲话|报告|发言|致辞|讲稿|会议|动员|总结|部署|汇报|意见|演讲");
  private static final Pattern SPEAKER =
      Pattern.compile(
          "^(.{0,16}?(?:总理|主席|书记|省长|市长|县长|区长|镇长|乡长|局长|厅长|主任|校长|部长|委员长|委员))\\s*"
              + "([\\p{IsHan}]{2,4})$");
  private static final Pattern DATE_ONLY = Pattern.compile("^[(（]?\\d{4}年\\d{1,2}月\\d{1,2}日[)）]?$");

  SpeechMetadata extract(CleanText clean) {
    Map<String, String> sources = new HashMap<>();
    String title = null;
    String subtitle = null;
    String speaker = null;
    String date = null;
    List<String> candidates = new ArrayList<>();
    for (String line : clean.headLines()) {
      Matcher sp = SPEAKER.matcher(line);
      if (sp.find() && line.length() <= 24) {
        if (speaker == null) speaker = sp.group(1).strip() + " " + sp.group(2);
        continue;
      }
      if (line.startsWith("——") || line.startsWith("--")) {
        if (subtitle == null) subtitle = line.replaceFirst("^(——|--)+", "").strip();
        continue;
      }
      if (DATE_ONLY.matcher(line).matches()) continue;
      if (line.length() >= 4 && line.length() <= 80) candidates.add(line);
    }
    title = chooseTitle(candidates);
    if (title != null) {
      int dash = title.indexOf("——");
      if (dash > 4) {
        if (subtitle == null) subtitle = title.substring(dash + 2).strip();
        title = title.substring(0, dash).strip();
      }
      sources.put("title", "text");
    }
    // a date written in the head ("——2015年3月5日在…", "(2014年3月5日)") or at the top of the body
    List<String> dateLines = new ArrayList<>(clean.headLines());
    dateLines.addAll(clean.body().subList(0, Math.min(2, clean.body().size())));
    for (String line : dateLines) {
      if (line.length() > 120) continue;
      Matcher m = FULL_DATE.matcher(line);
      if (m.find()) {
        date = TextCleaner.isoDate(m.group(1), m.group(2), m.group(3));
        sources.put("date", "text");
        break;
      }
    }
    Integer year = null;
    if (date != null) {
      year = Integer.parseInt(date.substring(0, 4));
      sources.put("year", "text");
    } else if (title != null) {
      Matcher y = YEAR.matcher(title);
      if (y.find()) {
        year = Integer.parseInt(y.group(1));
        sources.put("year", "text");
      }
    }
    if (year == null) {
      year = ImpliedYear.of(clean.headLines(), clean.body());
      if (year != null) sources.put("year", "inferred");
    }
    String pageDate = clean.pageMetadata().get("date");
    if (year == null && pageDate != null) {
      year = Integer.parseInt(pageDate.substring(0, 4));
      sources.put("year", "metadata");
    }
    if (speaker != null) sources.put("speaker", "text");
    return new SpeechMetadata(title, subtitle, date, year, speaker, sources);
  }

  /** The first head line that reads as a speech title, else the first plausible line. */
  private static String chooseTitle(List<String> candidates) {
    for (String c : candidates) {
      if (SPEECH_WORDS.matcher(c).find()
          && !TextCleaner.hasSentencePunct(c.replace(",", "").replace("，", ""))) {
        return c;
      }
    }
    for (String c : candidates) if (!TextCleaner.hasSentencePunct(c)) return c;
    return null;
  }
}
