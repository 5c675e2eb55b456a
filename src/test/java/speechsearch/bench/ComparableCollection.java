package speechsearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import speechsearch.speech.Speech;
import speechsearch.speech.Unit;

/**
 * The graded comparable-measures collection ({@code src/test/resources/eval/comparable/}, see its
 * README): queries of two kinds in two halves, and judged hits keyed so that a judgment survives a
 * small change of where units end.
 *
 * <p>A pasted-measure query is stored as a reference (speech id, unit id, hashes of its heading and
 * text) and its text is taken again from the parsed speech at run time, so no corpus text is in the
 * repository; a draft is the collection's own text. A judged hit is stored as its speech id, the
 * hash of its normalised text, the hash of its first {@link #HEAD} normalised characters and its
 * normalised length.
 */
final class ComparableCollection {
  static final String MEASURE = "measure";
  static final String DRAFT = "draft";

  /** Characters of a hit's normalised text that name it when its end has moved. */
  static final int HEAD = 16;

  static final List<String> HALVES = List.of("A", "B");

  private ComparableCollection() {}

  /**
   * One query.
   *
   * @param own speech ids whose hits are the query's own (its speech, and the same report from
   *     another source, which the product indexes once); empty for a draft
   * @param text the text to search with: the draft, or the pasted measure as parsed now
   */
  record Query(
      String id,
      String half,
      String kind,
      String speechId,
      String unitId,
      Set<String> own,
      String text,
      String howFound) {
    boolean isOwn(String speech) {
      return own.contains(speech);
    }
  }

  /** How a hit is known across runs. */
  record Key(String speech, String textSha, String headSha, int length) {
    static Key of(String speech, String text) {
      String n = KnownItems.norm(text == null ? "" : text);
      int len = n.codePointCount(0, n.length());
      String head = n.substring(0, n.offsetByCodePoints(0, Math.min(HEAD, len)));
      return new Key(speech, sha(n), sha(head), len);
    }

    String line() {
      return String.join("\t", speech, textSha, headSha, String.valueOf(length));
    }
  }

  /** One grade of one hit for one query. */
  record Judgment(String query, Key key, int grade) {
    String line() {
      return query + "\t" + key.line() + "\t" + grade;
    }
  }

  static final String JUDGMENT_HEADER = "query\tspeech\ttext_sha256\thead_sha256\tlength\tgrade";

  /** The first 16 hex digits of SHA-256 over the UTF-8 bytes (64 bits: no collision here). */
  static String sha(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The queries of one half, pasted measures taken again from {@code speeches} (by id). A measure
   * is found by the hash of its text, else (its boundaries moved) by the hash of its heading, else
   * by its unit id; one found neither way is an error that names the query.
   */
  static List<Query> queries(
      Path dir, String half, Map<String, Speech> speeches, Map<String, Set<String>> twins)
      throws IOException {
    List<Query> out = new ArrayList<>();
    for (Map<String, String> row : rows(dir.resolve(half).resolve("queries.tsv"))) {
      String id = row.get("id");
      String kind = row.get("kind");
      if (DRAFT.equals(kind)) {
        out.add(new Query(id, half, kind, null, null, Set.of(), row.get("text"), "draft"));
        continue;
      }
      String speechId = row.get("speech");
      Set<String> own = new TreeSet<>(twins.getOrDefault(speechId, Set.of()));
      own.add(speechId);
      Speech s = speeches.get(speechId);
      // the reindex may keep the other copy of a report given twice (wikisource and ropensci)
      for (String twin : twins.getOrDefault(speechId, Set.of()))
        if (s == null) s = speeches.get(twin);
      if (s == null) throw new IllegalStateException(id + ": speech " + speechId + " not found");
      Unit byText = null;
      Unit byHeading = null;
      Unit byId = null;
      for (Unit u : units(s)) {
        if (u.text() != null && sha(KnownItems.norm(u.text())).equals(row.get("text_sha256")))
          byText = u;
        if (u.heading() != null
            && sha(KnownItems.norm(u.heading())).equals(row.get("heading_sha256"))) byHeading = u;
        if (u.id().equals(row.get("unit"))) byId = u;
      }
      Unit u = byText != null ? byText : byHeading != null ? byHeading : byId;
      String how = byText != null ? "text" : byHeading != null ? "heading" : "unit id";
      if (u == null) {
        // a measure of an attachment list (附件: 民生实事 1.…10.) is now a paragraph of the speech's
        // appendix, outside the tree, indexed as SPEECH~aN (see SpeechDocuments)
        String[] para = appendixParagraph(s, row.get("text_sha256"));
        if (para == null) {
          throw new IllegalStateException(
              id
                  + ": no unit or appendix paragraph of "
                  + speechId
                  + " has the stored text, heading or id");
        }
        out.add(new Query(id, half, kind, speechId, para[0], own, para[1], "appendix text"));
        continue;
      }
      out.add(new Query(id, half, kind, speechId, u.id(), own, u.text(), how));
    }
    return out;
  }

  /**
   * The id (of its first paragraph) and text of the run of up to six appendix paragraphs whose text
   * has the hash, or null: a numbered item of an attachment (三、heading, then its paragraph) was one
   * measure before attachments left the tree.
   */
  private static String[] appendixParagraph(Speech s, String textSha) {
    if (s.appendix() == null) return null;
    List<String> paras = new ArrayList<>();
    for (String p : s.appendix().split("\n")) if (!p.isBlank()) paras.add(p.strip());
    for (int i = 0; i < paras.size(); i++) {
      for (int j = i; j < Math.min(paras.size(), i + 6); j++) {
        String run = String.join("\n", paras.subList(i, j + 1));
        if (sha(KnownItems.norm(run)).equals(textSha)) {
          return new String[] {s.id() + "~a" + (i + 1), run};
        }
      }
    }
    return null;
  }

  /** Every unit of a speech, sections before their children. */
  static List<Unit> units(Speech s) {
    List<Unit> out = new ArrayList<>();
    Consumer<List<Unit>>[] walk = new Consumer[1];
    walk[0] =
        us -> {
          for (Unit u : us) {
            out.add(u);
            walk[0].accept(u.children());
          }
        };
    walk[0].accept(s.sections());
    return out;
  }

  /** The judgments of one half ({@code judgments.tsv}); none when the file is absent. */
  static List<Judgment> judgments(Path file) throws IOException {
    if (!Files.exists(file)) return List.of();
    List<Judgment> out = new ArrayList<>();
    for (Map<String, String> r : rows(file)) {
      out.add(
          new Judgment(
              r.get("query"),
              new Key(
                  r.get("speech"),
                  r.get("text_sha256"),
                  r.get("head_sha256"),
                  Integer.parseInt(r.get("length"))),
              Integer.parseInt(r.get("grade"))));
    }
    return out;
  }

  /** Appends judgments to a judgments file, writing its header first when it is new. */
  static void append(Path file, List<Judgment> js) throws IOException {
    StringBuilder b = new StringBuilder();
    if (!Files.exists(file)) b.append(JUDGMENT_HEADER).append('\n');
    for (Judgment j : js) b.append(j.line()).append('\n');
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        b,
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  /** Rows of a TSV with a header line, by column name (missing columns read as ""). */
  static List<Map<String, String>> rows(Path tsv) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    String[] header = lines.get(0).replace("\uFEFF", "").split("\t", -1);
    List<Map<String, String>> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      Map<String, String> cols = new HashMap<>();
      for (int i = 0; i < header.length; i++) cols.put(header[i], i < f.length ? f[i] : "");
      out.add(cols);
    }
    return out;
  }

  /** Speeches by id, for taking pasted measures again. */
  static Map<String, Speech> byId(List<Speech> speeches) {
    Map<String, Speech> m = new LinkedHashMap<>();
    for (Speech s : speeches) m.putIfAbsent(s.id(), s);
    return m;
  }
}
