/**
 * The index schema (every field and facet, in one class) and the indexer. Must not import web or
 * cli.
 */
package speechsearch.index;
