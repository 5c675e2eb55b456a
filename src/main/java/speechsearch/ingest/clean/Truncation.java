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
    Markers.Found m = Markers.at(last + "\u3000", 0);
    if (m != null && m.end() >= last.length()) return true;
    // a dash point cut short after dash points ("——保持财" under "——全力助企纾困稳链。…")
    if (last.startsWith("——") && FINAL.indexOf(last.charAt(last.length() - 1)) < 0) {
      String before =
          lastBreak < 0 ? "" : t.substring(t.lastIndexOf('\n', lastBreak - 1) + 1, lastBreak);
      if (before.strip().startsWith("——")) return true;
    }
    if (FINAL.indexOf(last.charAt(last.length() - 1)) >= 0) return false;
    return last.length() >= SHORT_LINE || CharNormalizer.hasSentencePunct(last);
  }
}
