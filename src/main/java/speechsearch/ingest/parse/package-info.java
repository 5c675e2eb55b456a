/**
 * Parsing, the third step of ingest: a cleaned body to a tree of enumerated units ({@link
 * speechsearch.ingest.parse.SpeechParser}): which markers open units and how they nest, where each
 * unit and list ends, and the appendix after the body. Every character of the body lands in one
 * place. Uses only {@code text}.
 */
package speechsearch.ingest.parse;
