package speechsearch.ingest;

import speechsearch.ingest.clean.TextCleaner;
import speechsearch.ingest.parse.SpeechParser;

/** Cleaning and parsing alone, without metadata, region or topics: for benchmarks and tools. */
public final class SpeechTexts {
  private static final TextCleaner CLEANER = new TextCleaner();
  private static final SpeechParser PARSER = new SpeechParser();

  private SpeechTexts() {}

  /** Cleans and parses a text; returns the number of top-level units. */
  public static int cleanAndParse(String text) {
    return PARSER.parse(CLEANER.clean(text).bodyText()).units().size();
  }
}
