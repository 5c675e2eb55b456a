package speechsearch.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random text aimed at the segmenter's corners rather than at realism: dictionary words (so
 * multi-character candidates and their bigrams occur) mixed with arbitrary Han characters, ASCII
 * and full-width letters and digits in mixed runs, punctuation of every class, all kinds of spaces
 * (also inside words), surrogate pairs, lone surrogates and characters no class covers.
 */
final class RandomText {
  private static final String PUNCT = "，。、；：？！“”‘’（）《》【】「」…—·.,;:!?()[]{}<>\"'-_/\\%&*#@~";
  private static final String SPACES = " \t\n\r\u3000";
  private static final String[] ODD = {
    "😀", "𠀀", "𪚥", "\uD83D", "\uDE00", "é", "ß", "Ω", "\u00A0", "\u200B", "\u3400", "\u9FA6",
    "\uFE31", "\uFF5E", "\uFF64", "ｶ", "\u0000", "\uFFFD"
  };

  private static volatile List<String> dictionaryWords;

  private final Random random;
  private final List<String> words;

  RandomText(Random random) {
    this.random = random;
    this.words = dictionaryWords();
  }

  /** Words of the core dictionary, gathered once per JVM. */
  static List<String> dictionaryWords() {
    List<String> w = dictionaryWords;
    if (w == null) {
      List<String> all = new ArrayList<>();
      SmartCnModel.get().lexicon().forEachWord((word, freq) -> all.add(word));
      dictionaryWords = w = List.copyOf(all);
    }
    return w;
  }

  String document(int approxLength) {
    StringBuilder sb = new StringBuilder(approxLength + 16);
    while (sb.length() < approxLength) piece(sb);
    return sb.toString();
  }

  private void piece(StringBuilder sb) {
    int r = random.nextInt(100);
    if (r < 45) {
      String w = words.get(random.nextInt(words.size()));
      if (random.nextInt(12) == 0 && w.length() > 1) {
        // a word broken by a space, as PDF extraction leaves them
        int cut = 1 + random.nextInt(w.length() - 1);
        sb.append(w, 0, cut)
            .append(SPACES.charAt(random.nextInt(SPACES.length())))
            .append(w, cut, w.length());
      } else {
        sb.append(w);
      }
    } else if (r < 65) {
      sb.append((char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00 + 1)));
    } else if (r < 73) {
      sb.append(PUNCT.charAt(random.nextInt(PUNCT.length())));
    } else if (r < 79) {
      sb.append(SPACES.charAt(random.nextInt(SPACES.length())));
    } else if (r < 85) {
      run(sb, "abcxyzABCXYZ", "ａｂｚＡＢＺ");
    } else if (r < 91) {
      run(sb, "0123456789", "０１２３４５６７８９");
    } else if (r < 97) {
      sb.append(ODD[random.nextInt(ODD.length)]);
    } else {
      String fixed = "未##串未##数始##始末##末";
      sb.append(fixed.charAt(random.nextInt(fixed.length())));
    }
  }

  /** A letter or digit run, half-width, full-width or mixed. */
  private void run(StringBuilder sb, String half, String wide) {
    int len = 1 + random.nextInt(6);
    int mode = random.nextInt(3);
    for (int i = 0; i < len; i++) {
      boolean w = mode == 1 || (mode == 2 && random.nextBoolean());
      String set = w ? wide : half;
      sb.append(set.charAt(random.nextInt(set.length())));
    }
  }
}
