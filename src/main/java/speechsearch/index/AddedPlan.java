package speechsearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one reindex does with the speeches {@code add} put in the live generation (see {@link
 * AddedSpeeches}): those whose file lies outside the sources are read again from it, kept as
 * indexed when the file is gone or no longer reads, or, when the run is told to, dropped. Each
 * outcome is reported.
 */
final class AddedPlan {
  static final String DROPPED = "dropped (--drop-added)";
  private final Map<Path, AddedSpeeches.Entry> reread = new LinkedHashMap<>();
  private final List<AddedSpeeches.Entry> carry = new ArrayList<>();
  private final Map<String, ReindexReport.Added> outcomes = new LinkedHashMap<>();
  private final Set<Path> keptFiles = new HashSet<>();

  private AddedPlan() {}

  static AddedPlan of(
      List<AddedSpeeches.Entry> before, List<Path> sources, ReindexOptions options) {
    AddedPlan plan = new AddedPlan();
    for (AddedSpeeches.Entry e : before) {
      Path f = e.path();
      if (AddedSpeeches.underAny(f, sources)) continue; // read with the other source files
      if (options.dropAdded()) {
        plan.outcome(e, DROPPED);
      } else if (Files.isRegularFile(f)) {
        plan.reread.put(f, e);
        plan.keptFiles.add(f);
        plan.outcome(e, "read again from its file");
      } else {
        plan.carry.add(e);
        plan.keptFiles.add(f);
        plan.outcome(e, "kept as indexed: its file is gone (`remove " + e.id() + "` takes it out)");
      }
    }
    return plan;
  }

  private void outcome(AddedSpeeches.Entry e, String what) {
    outcomes.put(e.id(), new ReindexReport.Added(e.id(), e.file(), what));
  }

  /** The files to read with the sources. */
  List<Path> reread() {
    return List.copyOf(reread.keySet());
  }

  /**
   * After the parse: the stored trees of the speeches to keep as indexed (and of those whose file
   * could not be read again), joined to the parsed speeches under ids of their own.
   */
  void carry(
      PreviousTrees previous,
      List<ParsedSpeech> parsed,
      List<ReindexReport.Skipped> skipped,
      ParsedTree.Store trees)
      throws IOException {
    List<AddedSpeeches.Entry> all = new ArrayList<>(carry);
    for (ReindexReport.Skipped s : skipped) {
      AddedSpeeches.Entry e = reread.get(Path.of(s.file()));
      if (e == null) continue;
      all.add(e);
      outcome(e, "kept as indexed: its file could not be read again (" + s.reason() + ")");
    }
    Map<String, Integer> ids = new HashMap<>();
    for (ParsedSpeech p : parsed) ids.merge(p.id(), 1, Integer::sum);
    for (AddedSpeeches.Entry e : all) {
      Optional<ParsedSpeech> stored = previous.stored(e.id(), e.path(), trees);
      if (stored.isEmpty()) {
        keptFiles.remove(e.path());
        outcome(e, "LOST: the live generation no longer holds it, or cannot be read");
        continue;
      }
      ParsedSpeech p = stored.get();
      int n = ids.merge(p.id(), 1, Integer::sum);
      parsed.add(n > 1 ? Duplicates.renamed(p, p.id() + "_" + n, trees) : p);
    }
  }

  /** The entries for the new generation: the kept speeches, under the ids they now have. */
  List<AddedSpeeches.Entry> entriesIn(List<ParsedSpeech> unique) {
    List<AddedSpeeches.Entry> out = new ArrayList<>();
    for (ParsedSpeech p : unique) {
      if (keptFiles.contains(p.file())) {
        out.add(new AddedSpeeches.Entry(p.id(), p.file().toString()));
      }
    }
    return out;
  }

  List<ReindexReport.Added> outcomes() {
    return List.copyOf(outcomes.values());
  }
}
