/**
 * Reading, the first step of ingest: which files a user's paths name ({@link
 * speechsearch.ingest.read.SourceWalker}), their bytes to text whatever the format and encoding
 * ({@link speechsearch.ingest.read.DocumentReader}: .txt, .html, .docx, .doc, .pdf), and the
 * metadata a person wrote beside them ({@link speechsearch.ingest.read.Sidecars}). Knows nothing of
 * speeches: a file that cannot be read is an {@link
 * speechsearch.ingest.read.UnreadableFileException} naming it.
 */
package speechsearch.ingest.read;
