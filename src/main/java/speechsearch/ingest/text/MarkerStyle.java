package speechsearch.ingest.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The enumerator styles of Chinese official writing, each with the forms it is written in and its
 * place in the usual order. Styles have no fixed levels: the parser infers nesting from the order
 * in which they appear in each speech, and the rank only settles which of two open styles a unit
 * closes (the parser's {@code UnitTree}).
 *
 * <p>Each form is a regular expression with one group, the number, read as the style's {@link
 * Numbering}. The forms of all styles are mutually exclusive at a position (they differ in the
 * character that opens or closes the number), so the order of the constants does not change what is
 * found.
 */
public enum MarkerStyle {
  /** 一、 */
  CN_DUN(0, Numbering.CHINESE, Forms.CN + "、" + Forms.NOT_A_LIST),
  /** （一）, and 〔一〕 as some typesetting writes it */
  CN_PAREN(1, Numbering.CHINESE, "[(（〔]\\s?" + Forms.CN + "\\s?[)）〕]"),
  /**
   * 一是 / 一要; not the idioms "一是一，二是二" or "一是一非", but "一是一些干警…" (a numeral that begins a common
   * word: 一些, 一批, 一直, 一定 …) is one.
   */
  CN_SHI(
      MarkerStyle.UNRANKED,
      Numbering.CHINESE,
      Forms.CN + "(?:是|要)(?![一二三四五六七八九十](?!些|批|部分|直|定|切|般|个|种|项|大批|系列|贯|体化|线|流|把手|方面))"),
  /**
   * 第一， and its spoken long forms 第一个方面， and 第一层意思, never where the next one follows at once
   * (第一个方面、第二个方面的问题…: the parts named, not a part begun)
   */
  CN_DI(
      MarkerStyle.UNRANKED,
      Numbering.CHINESE,
      "第" + Forms.CN + "[,，、:：]" + Forms.NOT_A_LIST,
      "第" + Forms.CN + Forms.LONG_DI + "[,，、:：](?!第[一二三四五六七八九十]{1,3}" + Forms.LONG_DI + ")"),
  /** 1、 and 1. (one style: documents mix them within a list) */
  AR_DUN(2, Numbering.ARABIC, Forms.AR + "、", Forms.AR + "\\.(?![\\d.])"),
  /** （1） */
  AR_PAREN(3, Numbering.ARABIC, "[(（]\\s?" + Forms.AR + "\\s?[)）]"),
  /** ① */
  CIRCLED(4, Numbering.CIRCLED, "([\\u2460-\\u2473])");

  /** The rank of a style with no fixed place in the order: 一是 and 第一 enumerate at any depth. */
  static final int UNRANKED = -1;

  private final int rank;
  private final Numbering numbering;
  private final List<String> forms;

  MarkerStyle(int rank, Numbering numbering, String... forms) {
    this.rank = rank;
    this.numbering = numbering;
    this.forms = List.of(forms);
  }

  /**
   * The place in the usual order of Chinese official writing, outermost 0: 一、 then （一） then 1、 then
   * （1） then ①; {@link #UNRANKED} for 一是 and 第一.
   */
  public int rank() {
    return rank;
  }

  /** The regular expressions of the style's written forms, each with the number as group 1. */
  List<String> forms() {
    return forms;
  }

  /** The ordinal a form's number group stands for; 0 or less when it is not one. */
  int ordinal(String number) {
    return numbering.value(number);
  }

  /** How the number of a marker is written. */
  enum Numbering {
    /** 一 to 九十九 ({@link Markers#chineseNumber}). */
    CHINESE,
    /** 1 to 99. */
    ARABIC,
    /** ① to ⑳. */
    CIRCLED;

    int value(String number) {
      return switch (this) {
        case CHINESE -> Markers.chineseNumber(number);
        case ARABIC -> Integer.parseInt(number);
        case CIRCLED -> number.charAt(0) - '\u2460' + 1;
      };
    }
  }

  /** The parts the forms share. */
  private static final class Forms {
    /** A Chinese number of up to three characters, as group 1. */
    static final String CN = "([一二三四五六七八九十]{1,3})";

    /** An Arabic number of one or two digits, as group 1. */
    static final String AR = "(\\d{1,2})";

    /** "第一、二轮", "一、二季度": ordinals listed together, not an enumerator. */
    static final String NOT_A_LIST = "(?![一二三四五六七八九十][、轮季批期次级类等届])";

    /** What 第N's spoken long forms add after the number: 第一个方面, 第一层意思, 第一句话, 第一件事. */
    static final String LONG_DI = "(?:个方面|個方面|方面|个问题|個問題|层意思|層意思|点|點|句话|句話|件事)";
  }

  private static final Pattern LONG_DI = Pattern.compile(Forms.LONG_DI);

  /**
   * Whether a marker's text is one of 第N's spoken long forms (第一个方面,), which head a part only from
   * the start of a line.
   */
  public static boolean isLongForm(String markerText) {
    return LONG_DI.matcher(markerText).find();
  }

  /**
   * Whether a marker's text is 第N句话 or 第N件事, which labels a part only as a heading line of its own.
   */
  public static boolean isPhraseLabel(String markerText) {
    return markerText.contains("句话") || markerText.contains("句話") || markerText.contains("件事");
  }
}
