/**
 * Cleaning, the second step of ingest: extracted text to {@link
 * speechsearch.ingest.clean.CleanText}, head lines above a body of paragraphs, with what was
 * removed counted by rule. {@link speechsearch.ingest.clean.TextCleaner} runs the rules: damage
 * inside the text (page numbers, pinyin, doubled runs), PDF spaces and hard wraps, site chrome and
 * site sentences, page chunks, previews, outlines, truncation notices, and where the head ends. The
 * title-line rules ({@link speechsearch.ingest.clean.TitleText}) are here because cleaning needs
 * them first; metadata reads them too. Uses only {@code text}.
 */
package speechsearch.ingest.clean;
