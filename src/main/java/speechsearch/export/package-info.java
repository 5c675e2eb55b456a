/**
 * The path to a cluster: the index template, bulk documents and synonym file that rebuild a
 * generation in OpenSearch or Elasticsearch, and the translation of a search request into the
 * engine's query DSL. Reads the index through Lucene and the schema; must not import web or cli.
 */
package speechsearch.export;
