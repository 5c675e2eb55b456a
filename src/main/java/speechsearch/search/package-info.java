/**
 * Queries, facets, highlighting and similar measures; owns the searcher manager. Must not import
 * Javalin, web or cli.
 */
package speechsearch.search;
