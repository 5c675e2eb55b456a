package speechsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code parse --outline}: the outline's first line says when a speech's text is incomplete. */
class ParseOutlineTest {
  @Test
  void anIncompleteSpeechIsMarkedInTheOutline() throws Exception {
    // seed 001 stops in the middle of a sentence; seed 002 ends with 谢谢大家
    Cli.Run cut =
        Cli.run("parse", "--outline", "src/test/resources/seeds/001_e2998c9e767e90a0.txt");
    assertEquals(0, cut.code(), cut.err());
    String first = cut.out().lines().findFirst().orElse("");
    assertTrue(first.endsWith("原文不完整"), first);

    Cli.Run whole =
        Cli.run("parse", "--outline", "src/test/resources/seeds/002_cc56c151918d00a0.txt");
    assertEquals(0, whole.code(), whole.err());
    assertTrue(!whole.out().lines().findFirst().orElse("").contains("原文不完整"), whole.out());
  }
}
