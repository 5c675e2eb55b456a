package speechsearch.ingest;

/**
 * The enumerator styles of Chinese official writing. Styles have no fixed levels: the parser infers
 * nesting from the order in which they appear in each speech.
 */
enum MarkerStyle {
  /** 一、 */
  CN_DUN,
  /** （一） */
  CN_PAREN,
  /** 一是 / 一要 */
  CN_SHI,
  /** 第一， */
  CN_DI,
  /** 1、 and 1. (one style: documents mix them within a list) */
  AR_DUN,
  /** （1） */
  AR_PAREN,
  /** ① */
  CIRCLED
}
