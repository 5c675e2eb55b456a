package speechsearch.ingest.clean;

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

  private Truncation() {}

  public static boolean endsMidSentence(String text) {
    String t = text.strip();
    if (t.isEmpty()) return false;
    String last = t.substring(t.lastIndexOf('\n') + 1).strip();
    if (FINAL.indexOf(last.charAt(last.length() - 1)) >= 0) return false;
    return last.length() >= SHORT_LINE || CharNormalizer.hasSentencePunct(last);
  }
}
