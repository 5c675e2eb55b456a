/**
 * The one analyzer definition shared by indexing, query parsing, highlighting and similar-measure
 * search. Must not import ingest, search, web or cli.
 */
package speechsearch.analysis;
