/**
 * Topics, the last step of ingest: labels from the taxonomy ({@link
 * speechsearch.vocabulary.Taxonomy}) on a parsed speech and each of its units, by the trained model
 * ({@link speechsearch.ingest.topic.TopicClassifier}, {@link
 * speechsearch.ingest.topic.TopicModel}); the {@code topics} package trains that model from the
 * same features. Works on the speech records, so it needs no parser; of ingest it uses only {@code
 * text}.
 */
package speechsearch.ingest.topic;
