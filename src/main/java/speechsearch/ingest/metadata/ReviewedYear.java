package speechsearch.ingest.metadata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import speechsearch.ingest.text.CharNormalizer;

/**
 * The year of a year-end summary or a report read from the year its opening reviews, the last clue
 * {@link YearClues} tries: "2022年，面对…我们坚持…" is of 2022, a new-year speech reviewing 2014 of 2015.
 */
final class ReviewedYear {
  private ReviewedYear() {}

  /**
   * A year-end summary or a report that opens on the year it reviews: "2022年，面对…我们坚持…", "2021
   * 年以来，…全县…", "2020年我县共受理…", "2025年5月，我镇召开…", "2014年是我院…的一年", "以下是我们2018年度的主要工作回顾". The sentence
   * must speak of the speaker's own unit (我们, 我院, 全县, 一年来): "2013年，总书记提出…" opens on history, not on
   * the year under review.
   */
  private static final Pattern REVIEWED_OPENING =
      Pattern.compile(
          "(?:^|[\\n。！!？?])\\s*((?:19|20)\\d{2})\\s?年(?:度)?"
              + "(?:[,，]|以来[,，]|\\d{1,2}月份?[,，]?|是(?=[^。；;]{0,40}?一年)|(?=[我全本]))"
              + "|((?:19|20)\\d{2})\\s?年度?的?(?:主要)?工作(?:的)?(?:回顾|总结)"
              // "现将2023年度…工作报告予以公布", "现将我区2022年度…情况报告如下"
              + "|现将[^，,。\\d]{0,6}((?:19|20)\\d{2})\\s?年度?[^，,。；;]{0,40}?(?:报告|总结)");

  private static final Pattern OWN_UNIT =
      Pattern.compile(
          "我[们院局校镇乡县区市委厅所司部站中单公]|全[县区市镇乡省局院校系]|一年来|本[单部]"
              + "|(?<![省市])[县区镇乡](?:人民)?政府|(?<![省市])[县区镇乡]委(?!员)");

  /**
   * A book title or a span of years: a plan's period, not a later year the opening looks back from.
   */
  private static final Pattern PERIOD =
      Pattern.compile("《[^《》]{0,80}》|(?:19|20)\\d{2}\\s?[—–\\-~～至到]\\s?(?:19|20)\\d{2}\\s?年");

  /**
   * Words of a speech given as the new year begins, looking back on the one just ended. A work
   * report whose targets or plans a summary reviews (落实政府工作报告确定的目标, 工作报告部署) is the yardstick of a
   * year-end summary, not a report given to the congress.
   */
  private static final Pattern NEW_YEAR =
      Pattern.compile(
          "新春|春节|辞旧|迎新|新年|新的一年|向大会|请予审议" + "|工作报告(?![^，,。；;]{0,6}?(?:确定|提出|部署|明确|要求|目标|任务)|中)");

  /**
   * The year of a summary or report that opens on the year it reviews: that year at its end, the
   * next when the speech is given as the new year begins (新春, 向大会作…报告) or names the next year. A
   * later year anywhere in the opening makes the review a look back from further on: no year.
   */
  static Integer inOpening(String text) {
    Matcher m = REVIEWED_OPENING.matcher(text);
    while (m.find()) {
      int y = Integer.parseInt(MatchGroups.first(m));
      int end = sentenceEnd(text, m.end());
      if (m.group(1) != null && !OWN_UNIT.matcher(text.substring(m.start(), end)).find()) continue;
      // "since 2018" may review several years: it is this year's only where the opening says so
      if (m.group().contains("以来") && !ONE_YEAR.matcher(text).find()) continue;
      // a plan's period (《…纲要(2021—2025年)》, 2021-2025年) looks ahead without looking back from there
      Matcher later = YEAR_IN.matcher(PERIOD.matcher(text).replaceAll(""));
      boolean next = false;
      boolean further = false;
      while (later.find()) {
        int other = Integer.parseInt(later.group(1));
        if (other == y + 1) next = true;
        if (other > y + 1) further = true;
      }
      if (further) return null;
      // the year's assessment or ranking read out: a speech of the next ("2018 年度全省县域考核排名,我县
      // 从第 X 位上升至 X 位"); not 去年 in the sentence, which a summary's "比去年增长" also says
      next |= RESULTS_OF_YEAR.matcher(text.substring(m.start(), end)).find();
      return next || NEW_YEAR.matcher(text).find() ? y + 1 : y;
    }
    return null;
  }

  /** A year's assessment or ranking, published after the year ends. */
  private static final Pattern RESULTS_OF_YEAR =
      Pattern.compile("(?:19|20)\\d{2}\\s?年度[^，,。；;]{0,12}?(?:考核|排名|评比|评议|考评)");

  private static final Pattern ONE_YEAR = Pattern.compile("全年|今年|一年来|这一年|年内");

  private static final Pattern YEAR_IN = Pattern.compile("(?<![\\dXx])((?:19|20)\\d{2})\\s?年");

  private static int sentenceEnd(String s, int pos) {
    int to = pos;
    while (to < s.length() && !CharNormalizer.isSentenceEnd(s.charAt(to))) to++;
    return to;
  }
}
