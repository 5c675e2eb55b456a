package speechsearch.analysis;

/**
 * The character classes the SmartCN model segments by. Each class decides how a run of characters
 * enters the word lattice: Han characters through the dictionary, letter and digit runs as one
 * token each, punctuation as one token per character, spaces not at all. The ranges are those the
 * model's dictionaries were built with, so they must not be "corrected" towards Unicode properties:
 * text would then segment differently from the reference analyzer.
 */
final class CharClass {
  static final byte DELIMITER = 0;
  static final byte LETTER = 1;
  static final byte DIGIT = 2;
  static final byte HAN = 3;
  static final byte SPACE = 4;
  static final byte WIDE_LETTER = 5;
  static final byte WIDE_DIGIT = 6;
  static final byte OTHER = 7;
  static final byte SURROGATE = 8;

  /** One byte per UTF-16 unit: a lookup is cheaper than the chain of range tests per character. */
  private static final byte[] TABLE = new byte[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      TABLE[c] = classify((char) c);
    }
  }

  private CharClass() {}

  static byte of(char c) {
    return TABLE[c];
  }

  /** The class of one unit; the order of the tests matters where ranges overlap. */
  private static byte classify(char c) {
    if (Character.isSurrogate(c)) {
      return SURROGATE;
    }
    if (c >= '\u4E00' && c <= '\u9FA5') {
      return HAN;
    }
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      return LETTER;
    }
    if (c >= '0' && c <= '9') {
      return DIGIT;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u3000') {
      return SPACE;
    }
    if ((c >= '!' && c <= '\u00BB') || (c >= '\u2010' && c <= '\u2642')) {
      return DELIMITER;
    }
    if (c >= '\u3001' && c <= '\u301E') {
      return DELIMITER;
    }
    if ((c >= '\uFF21' && c <= '\uFF3A') || (c >= '\uFF41' && c <= '\uFF5A')) {
      return WIDE_LETTER;
    }
    if (c >= '\uFF10' && c <= '\uFF19') {
      return WIDE_DIGIT;
    }
    if (c >= '\uFE30' && c <= '\uFF63') {
      return DELIMITER;
    }
    return OTHER;
  }
}
