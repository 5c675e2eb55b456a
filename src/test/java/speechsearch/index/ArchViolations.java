package speechsearch.index;

/** Classes that break the house layout on purpose (see {@code speechsearch.ArchitectureTest}). */
final class ArchViolations {
  private ArchViolations() {}

  /** Building a Lucene document and labelling it with the classifier on the way. */
  static final class MappingAssignsTopics {
    speechsearch.ingest.topic.TopicClassifier topics;

    Object map(speechsearch.speech.Speech s) {
      topics.label(s);
      return new org.apache.lucene.document.Document();
    }
  }
}
