/**
 * Files to text to clean text to a {@link speechsearch.speech.Speech} tree with metadata: reading
 * formats and encodings, sidecar metadata, cleaning, marker parsing, region and topic resolution.
 * Must not import Lucene, Javalin or picocli.
 */
package speechsearch.ingest;
