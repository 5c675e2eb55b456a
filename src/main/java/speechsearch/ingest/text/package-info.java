/**
 * What every step of ingest knows of Chinese official text: width normalisation and character
 * classes ({@link speechsearch.ingest.text.CharNormalizer}), enumeration markers and their styles
 * ({@link speechsearch.ingest.text.Markers}, {@link speechsearch.ingest.text.MarkerStyle}) and a
 * keyword automaton ({@link speechsearch.ingest.text.KeywordMatcher}). Cleaning needs the markers
 * as much as parsing does (a marker line is body, not chrome), so they live under both. Uses no
 * other part of ingest.
 */
package speechsearch.ingest.text;
