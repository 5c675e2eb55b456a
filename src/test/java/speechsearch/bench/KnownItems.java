package speechsearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The known-item tasks of {@code ../shared/eval/score_queries.py}, scored the same way in Java: a
 * task is solved at the rank of the first hit whose text contains the target (letters and digits
 * only, after NFKC), given as {@code target_substring} or hidden as {@code target_sha1} + {@code
 * target_len}.
 */
final class KnownItems {
  private KnownItems() {}

  /** One row of a queries TSV, by column name. */
  record Task(Map<String, String> cols) {
    String get(String name) {
      String v = cols.get(name);
      return v == null ? "" : v;
    }

    String id() {
      return get("id");
    }

    String kind() {
      return get("kind");
    }

    String query() {
      return get("query");
    }

    Integer year() {
      return get("year").isBlank() ? null : Integer.valueOf(get("year").strip());
    }

    String region() {
      return get("region").isBlank() ? null : get("region").strip();
    }

    /** Whether a hit's text holds this task's target. */
    boolean matches(String text) {
      String t = norm(text == null ? "" : text);
      String want = get("target_substring");
      if (!want.isBlank()) {
        String w = norm(want);
        return !w.isEmpty() && t.contains(w);
      }
      int n = Integer.parseInt(get("target_len").strip());
      String h = get("target_sha1").strip();
      int[] cps = t.codePoints().toArray();
      for (int i = 0; i + n <= cps.length; i++) {
        if (sha16(new String(cps, i, n)).equals(h)) return true;
      }
      return false;
    }
  }

  /** Reads a TSV with a header line; fields quoted "…" (csv module style) are unquoted. */
  static List<Task> load(Path tsv) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    String[] header = lines.get(0).replace("\uFEFF", "").split("\t", -1);
    List<Task> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) continue;
      String[] f = line.split("\t", -1);
      Map<String, String> cols = new LinkedHashMap<>();
      for (int i = 0; i < header.length && i < f.length; i++) cols.put(header[i], unquote(f[i]));
      out.add(new Task(cols));
    }
    return out;
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return s.substring(1, s.length() - 1).replace("\"\"", "\"");
    }
    return s;
  }

  /** NFKC, then letters and digits only (Unicode categories L* and N*), as the scorer does. */
  static String norm(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(n.length());
    n.codePoints()
        .filter(
            cp ->
                switch (Character.getType(cp)) {
                  case Character.UPPERCASE_LETTER,
                      Character.LOWERCASE_LETTER,
                      Character.TITLECASE_LETTER,
                      Character.MODIFIER_LETTER,
                      Character.OTHER_LETTER,
                      Character.DECIMAL_DIGIT_NUMBER,
                      Character.LETTER_NUMBER,
                      Character.OTHER_NUMBER ->
                      true;
                  default -> false;
                })
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  static String sha16(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The rank (1-based) of the first text that holds the target among the first k; 0 if none. */
  static int rank(Task t, List<String> hitTexts, int k) {
    for (int i = 0; i < Math.min(k, hitTexts.size()); i++) {
      if (t.matches(hitTexts.get(i))) return i + 1;
    }
    return 0;
  }

  /** MRR@k, R@1 and R@k per kind and overall. */
  static final class Tally {
    private final int k;
    private final Map<String, double[]> byKind = new TreeMap<>(); // n, rr, r1, rk

    Tally(int k) {
      this.k = k;
    }

    void add(String kind, int rank) {
      double[] s = byKind.computeIfAbsent(kind, x -> new double[4]);
      s[0]++;
      s[1] += rank > 0 ? 1.0 / rank : 0;
      s[2] += rank == 1 ? 1 : 0;
      s[3] += rank > 0 ? 1 : 0;
    }

    double[] overall() {
      double[] t = new double[4];
      for (double[] s : byKind.values()) for (int i = 0; i < 4; i++) t[i] += s[i];
      return t;
    }

    double mrr() {
      double[] t = overall();
      return t[0] == 0 ? 0 : t[1] / t[0];
    }

    List<String> lines() {
      List<String> out = new ArrayList<>();
      for (var e : byKind.entrySet()) out.add(line(e.getKey(), e.getValue()));
      out.add(line("overall", overall()));
      return out;
    }

    private String line(String name, double[] s) {
      double n = Math.max(1, s[0]);
      return String.format(
          Locale.ROOT,
          "%s: n=%d MRR@%d %.3f R@1 %.3f R@%d %.3f",
          name,
          (int) s[0],
          k,
          s[1] / n,
          s[2] / n,
          k,
          s[3] / n);
    }
  }
}
