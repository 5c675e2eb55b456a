package speechsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.index.GenerationInfo;
import speechsearch.index.IndexLayout;
import speechsearch.testing.Damage;
import speechsearch.testing.SyntheticSpeeches;

/**
 * {@code check}, {@code recover} and {@code rollback} as an operator runs them: what they print,
 * their exit codes, and the way back when CURRENT is lost or a generation is damaged.
 */
class RecoveryCommandsTest {
  @TempDir Path dir;

  /** Two generations from different sources: gen-000001 (3 speeches), gen-000002 (4, live). */
  private IndexLayout twoGenerations() throws Exception {
    Path index = dir.resolve("index");
    SyntheticSpeeches.write(dir.resolve("three"), 0, 3);
    SyntheticSpeeches.write(dir.resolve("four"), 0, 4);
    for (String src : List.of("three", "four")) {
      Cli.Run r =
          Cli.run("reindex", "--source", dir.resolve(src).toString(), "--index", index.toString());
      assertEquals(0, r.code(), r.toString());
    }
    return new IndexLayout(index);
  }

  private int liveSpeeches(IndexLayout layout) throws Exception {
    return GenerationInfo.read(layout.current().orElseThrow()).speeches();
  }

  @Test
  void checkSaysSoundAndExitsZeroOrNamesTheDamageAndExitsOne() throws Exception {
    IndexLayout layout = twoGenerations();
    String index = layout.root().toString();
    Cli.Run sound = Cli.run("check", "--index", index);
    assertEquals(0, sound.code(), sound.toString());
    assertTrue(sound.out().contains("gen-000002: clean ("), sound.out());
    assertTrue(sound.out().contains("check: sound"), sound.out());

    Damage.flipTermDictionaries(layout.current().orElseThrow());
    Cli.Run damaged = Cli.run("check", "--index", index);
    assertEquals(1, damaged.code(), damaged.toString());
    assertTrue(damaged.out().contains("gen-000002: DAMAGED"), damaged.out());
    assertTrue(damaged.out().contains("segment _"), "names the segment: " + damaged.out());
    assertTrue(damaged.out().contains("checksum"), "says what failed: " + damaged.out());
    assertTrue(damaged.out().contains("recover"), "says what to do: " + damaged.out());

    Cli.Run all = Cli.run("check", "--all", "--fast", "--index", index);
    assertEquals(1, all.code(), all.toString());
    assertTrue(all.out().contains("gen-000001: clean"), all.out());
  }

  @Test
  void recoverMakesTheNewestSoundGenerationLiveWhenCurrentIsLost() throws Exception {
    IndexLayout layout = twoGenerations();
    String index = layout.root().toString();
    Cli.Run nothing = Cli.run("recover", "--index", index);
    assertEquals(0, nothing.code(), nothing.toString());
    assertTrue(nothing.out().contains("nothing to recover"), nothing.out());

    Files.delete(layout.root().resolve("CURRENT"));
    Cli.Run refused =
        Cli.run("reindex", "--source", dir.resolve("three").toString(), "--index", index);
    assertEquals(1, refused.code(), refused.toString());
    assertTrue(refused.err().startsWith("reindex: CURRENT is missing"), refused.err());
    assertTrue(refused.err().contains("`speech-search recover`"), refused.err());
    assertTrue(
        refused.err().contains("`speech-search rollback` (makes PREVIOUS, gen-000001"),
        refused.err());
    assertEquals(2, layout.generations().size(), "nothing was deleted");

    Cli.Run recovered = Cli.run("recover", "--index", index);
    assertEquals(0, recovered.code(), recovered.toString());
    assertTrue(recovered.out().contains("gen-000002: clean"), recovered.out());
    assertTrue(
        recovered
            .out()
            .contains("recover: gen-000002 is live; PREVIOUS is gen-000001 (CURRENT was missing)"),
        recovered.out());
    assertEquals(4, liveSpeeches(layout));

    // the newest is damaged and CURRENT garbled: the older, sound one goes live
    Damage.flipTermDictionaries(layout.root().resolve("gen-000002"));
    Files.writeString(layout.root().resolve("CURRENT"), "gen-0x", StandardCharsets.UTF_8);
    Cli.Run older = Cli.run("recover", "--index", index);
    assertEquals(0, older.code(), older.toString());
    assertTrue(older.out().contains("gen-000002: DAMAGED"), older.out());
    assertTrue(
        older.out().contains("recover: gen-000001 is live (CURRENT is garbled"), older.out());
    assertEquals(3, liveSpeeches(layout));
  }

  @Test
  void rollbackSwapsTheGenerationsAndIsTheWayBackWithoutCurrent() throws Exception {
    IndexLayout layout = twoGenerations();
    String index = layout.root().toString();
    Cli.Run back = Cli.run("rollback", "--index", index);
    assertEquals(0, back.code(), back.toString());
    assertEquals("rollback: gen-000001 is live; PREVIOUS is gen-000002\n", back.out());
    assertEquals(3, liveSpeeches(layout));

    Files.delete(layout.root().resolve("CURRENT"));
    Cli.Run without = Cli.run("rollback", "--index", index);
    assertEquals(0, without.code(), without.toString());
    assertEquals(
        "rollback: gen-000002 is live; PREVIOUS is gen-000001 (CURRENT was missing; PREVIOUS now"
            + " names gen-000001)\n",
        without.out());
    assertEquals(4, liveSpeeches(layout));
  }

  @Test
  void rollbackRefusesWhileAWriterHoldsTheLockOrWithoutAPreviousGeneration() throws Exception {
    IndexLayout layout = twoGenerations();
    String index = layout.root().toString();
    try (Closeable writer = layout.lock()) {
      Cli.Run busy = Cli.run("rollback", "--index", index);
      assertEquals(1, busy.code(), busy.toString());
      assertTrue(busy.err().startsWith("rollback: another reindex, add, remove"), busy.err());
    }
    assertEquals(4, liveSpeeches(layout), "the refused rollback changed nothing");

    Files.delete(layout.root().resolve("PREVIOUS"));
    Cli.Run none = Cli.run("rollback", "--index", index);
    assertEquals(1, none.code(), none.toString());
    assertTrue(none.err().startsWith("rollback: there is no previous generation"), none.err());
  }

  @Test
  void searchOnADamagedGenerationNamesItInsteadOfFailingInsideLucene() throws Exception {
    IndexLayout layout = twoGenerations();
    Damage.flipTermDictionaries(layout.current().orElseThrow());
    int damaged = 0;
    for (String word : List.of("教育", "推进", "任务", "工作组", "方案", "落实", "学校", "会议", "东湖", "西山")) {
      Cli.Run r = Cli.run("search", "--index", layout.root().toString(), word);
      if (r.code() == 0) continue;
      assertEquals(1, r.code(), r.toString());
      assertTrue(
          r.err().startsWith("search: the index generation gen-000002 is damaged"), r.toString());
      assertTrue(r.err().contains("recover"), r.err());
      damaged++;
    }
    assertTrue(damaged > 0, "some search read the damaged blocks");
  }

  @Test
  void checkWithoutAnIndexSaysSo() {
    Cli.Run r = Cli.run("check", "--index", dir.resolve("empty").toString());
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.err().startsWith("check: there is no index generation in "), r.err());
    assertEquals(List.of(), List.of(r.out().lines().toArray()));
  }
}
