/**
 * Metadata, read from the cleaned head lines and the opening: title, subtitle, date, year and
 * speaker ({@link speechsearch.ingest.metadata.MetadataExtractor}), and the speaker's jurisdiction,
 * its level from cue words and its names from the bundled gazetteer ({@link
 * speechsearch.ingest.metadata.RegionResolver}). Each value says where it came from. Uses {@code
 * text} and the cleaned text of {@code clean}; never the unit tree.
 */
package speechsearch.ingest.metadata;
