/**
 * The vocabularies every stage names things with, in one place: the speaker levels and the label
 * for what is not known, the places a filter can name ({@link speechsearch.vocabulary.Places}), and
 * the topic taxonomy. Ingest assigns them, the index stores them, search and export filter by them,
 * and the page reads them from {@code GET /api/vocabulary}. Stands between speech and ingest:
 * imports java.* and speech only.
 */
package speechsearch.vocabulary;
