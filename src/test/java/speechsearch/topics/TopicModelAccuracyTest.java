package speechsearch.topics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import speechsearch.ingest.topic.TopicClassifier;
import speechsearch.speech.Speech;
import speechsearch.testing.Shared;

/**
 * The bundled model on the held-out split of the labelled set (whole speeches the model was never
 * fitted or tuned on; tools/topics/labels.jsonl): the figures measured when it was made, less a
 * margin of about two units in a hundred, so a real regression fails and noise does not. Needs
 * ../shared (the units' text); skips without it.
 */
class TopicModelAccuracyTest {
  // measured on the units found in today's parse (docs/TOPICS.md, "Measured"): the held-out units
  // of all three labelling rounds
  private static final double PRECISION = 0.697, MAIN_RECALL = 0.655, AREA = 0.769;
  private static final double MARGIN = 0.03;
  // the first round's labels were made on the parse before issue 13 moved some unit boundaries:
  // 1,059
  // of the 1,081 held-out units are found again by key, heading or start of text; far fewer means
  // the matching broke
  private static final double FOUND = 0.95;

  @Test
  void theBundledModelHoldsItsHeldOutFigures() throws IOException {
    Path corpus = Shared.require("corpus");
    Path seeds = Shared.require("seeds");
    TopicClassifier c = TopicClassifier.bundled();
    LabelledSet set = LabelledSet.load(Path.of("tools/topics/labels.jsonl"), c.taxonomy());
    List<Speech> labelled =
        LabelledCorpus.parse(List.of(corpus, seeds)).stream().map(c::label).toList();
    List<LabelledSet.Labelled> held = set.split(LabelledSet.HELD_OUT);
    List<LabelledSet.Found> found = LabelledSet.find(held, labelled);
    Scores s = Scores.of(c.taxonomy(), found);
    System.out.println("held out: " + found.size() + " of " + held.size() + " found; " + s);
    assertTrue(found.size() >= held.size() * FOUND, found.size() + " of " + held.size() + " found");
    assertTrue(s.precision() >= PRECISION - MARGIN, s.toString());
    assertTrue(s.mainRecall() >= MAIN_RECALL - MARGIN, s.toString());
    assertTrue(s.areaAccuracy() >= AREA - MARGIN, s.toString());
  }
}
