/**
 * Text analysis for Chinese: a segmenter for the SmartCN model (the ICTCLAS-derived dictionaries
 * that lucene-analysis-smartcn ships) with its own lookup structures. Must not import ingest,
 * search, web or cli.
 */
package speechsearch.analysis;
