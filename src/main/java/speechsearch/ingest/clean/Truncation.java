package speechsearch.ingest.clean;

import java.util.regex.Pattern;
import speechsearch.ingest.text.CharNormalizer;

/**
 * Whether a text stops in the middle of a sentence, as a page does when a site showed only its
 * first part without saying so ("…确保课题研究按时、高质量完成，切实解决乡"). A last paragraph that ends a sentence, or
 * a short line without punctuation (a signature, a date, 谢谢大家), is a whole ending.
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
    String last = t.substring(t.lastIndexOf('\n') + 1).strip();
    if (CUT_ELLIPSIS.matcher(last).find()) return true;
    if (FINAL.indexOf(last.charAt(last.length() - 1)) >= 0) return false;
    return last.length() >= SHORT_LINE || CharNormalizer.hasSentencePunct(last);
  }
}
