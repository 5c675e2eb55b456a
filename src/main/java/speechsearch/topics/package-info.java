/**
 * Making and measuring the topic model offline: the labelled set (keys and labels, no text), its
 * units found again in the parsed corpus, the vocabulary from the analyzer's tokens, the fit, and
 * the figures. The product labels speeches with {@link speechsearch.ingest.topic.TopicClassifier};
 * this package only builds the model file it reads. Must not import index, search, web or cli.
 */
package speechsearch.topics;
