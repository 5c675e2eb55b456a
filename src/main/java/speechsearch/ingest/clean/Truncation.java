package speechsearch.ingest.clean;

import java.util.regex.Pattern;
import speechsearch.ingest.text.CharNormalizer;
import speechsearch.ingest.text.Markers;

/**
 * Whether a text stops in the middle of a sentence, as a page does when a site showed only its
 * first part without saying so ("…确保课题研究按时、高质量完成，切实解决乡"). A last paragraph that ends a sentence, or
 * a short line without punctuation (a signature, a date, 谢谢大家), is a whole ending; a bare
 * enumerator or a dash point cut short after others is not.
 */
public final class Truncation {
  /** Punctuation a complete text can end with. */
  private static final String FINAL = "。！？!?…；;：:”\"’）)」』》】—";

  /** Brackets and quotes that open what follows. */
  private static final String OPENING = "《“‘(（【「『〔";

  /** The longest quoted phrase a sentence goes on after (a slogan, a name). */
  private static final int QUOTED_PHRASE = 24;

  /** A last line shorter than this without any punctuation is a signature or a date line. */
  private static final int SHORT_LINE = 20;

  /**
   * Words cut off with an ellipsis, as sites end the part they show ("以更强的民本思维……", "思路清晰..."): an
   * ellipsis right after a word at the very end, where a complete text ends a sentence.
   */
  private static final Pattern CUT_ELLIPSIS =
      Pattern.compile("[\\p{IsHan}A-Za-z0-9”\"](?:…+|\\.{3,}|。{3,})$");

  private Truncation() {}

  public static boolean endsMidSentence(String text) {
    String t = text.strip();
    if (t.isEmpty()) return false;
    int lastBreak = t.lastIndexOf('\n');
    String last = t.substring(lastBreak + 1).strip();
    if (CUT_ELLIPSIS.matcher(last).find()) return true;
    // a bare enumerator ("三、", "(二)") opens a part the page left out: no text ends on one
    // (not "1." after the closing words: a page number)
    Markers.Found m = Markers.at(last + "\u3000", 0);
    if (m != null && m.end() >= last.length() && !Character.isDigit(last.charAt(0))) return true;
    // a dash point cut short after dash points that end their sentences ("——保持财" under
    // "——全力助企纾困稳链。…")
    if (last.startsWith("——") && FINAL.indexOf(last.charAt(last.length() - 1)) < 0) {
      String before =
          lastBreak < 0 ? "" : t.substring(t.lastIndexOf('\n', lastBreak - 1) + 1, lastBreak);
      String b = before.strip();
      // points that end their sentences ("——种子调运到村。"): a list of goals without stops may end a plan
      if (b.startsWith("——") && FINAL.indexOf(b.charAt(b.length() - 1)) >= 0) return true;
    }
    char end = last.charAt(last.length() - 1);
    // an opening bracket or quote at the very end: the page cut what it opened (…指南》和《)
    // (a bracket alone on the last line is a page's button label: 【 打印本页 】)
    if (OPENING.indexOf(end) >= 0 && last.length() >= 4) return true;
    // a short phrase quoted at the end (我们秉持“民生为大、枝叶关情”) leaves its sentence open; a
    // closing quote whose opening is far back or on an earlier line ends a quotation
    if (end == '”' && last.length() >= SHORT_LINE) {
      int open = last.lastIndexOf('“');
      char before = last.charAt(last.length() - 2);
      if (open >= 0 && last.length() - 1 - open <= QUOTED_PHRASE && FINAL.indexOf(before) < 0) {
        return true;
      }
    }
    if (FINAL.indexOf(end) >= 0) return false;
    // a heading with nothing under it ("一、全力做好小麦收割" last): the page stopped where a part begins
    if (m != null && !Character.isDigit(last.charAt(0))) return true;
    return last.length() >= SHORT_LINE || CharNormalizer.hasSentencePunct(last);
  }
}
