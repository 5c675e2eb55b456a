package speechsearch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Policy terms that must stay whole as tokens (双减, 强镇筑基, 教联体: SmartCN's fixed dictionary splits
 * them into single characters), each with its synonyms. The shipped list is an editable resource
 * ({@code glossary.tsv}: term, tab, synonyms separated by {@code |}); terms mined from the corpus
 * at reindex are added, and the index stores the glossary it was built with.
 */
public final class Glossary {
  public static final String FILE_NAME = "glossary.tsv";

  private final Map<String, List<String>> terms;

  private Glossary(Map<String, List<String>> terms) {
    this.terms = terms;
  }

  public static Glossary empty() {
    return new Glossary(Map.of());
  }

  /** The glossary shipped with the product. */
  public static Glossary bundled() {
    try (InputStream in = Glossary.class.getResourceAsStream("/" + FILE_NAME)) {
      if (in == null) throw new IllegalStateException("missing resource " + FILE_NAME);
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the bundled glossary", e);
    }
  }

  public static Glossary load(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r);
    }
  }

  private static Glossary parse(BufferedReader r) throws IOException {
    Map<String, List<String>> terms = new LinkedHashMap<>();
    String line;
    while ((line = r.readLine()) != null) {
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] cols = line.split("\t", 2);
      String term = CharMap.apply(cols[0].strip());
      if (term.isEmpty()) continue;
      List<String> syns = new ArrayList<>();
      if (cols.length > 1) {
        for (String s : cols[1].split("\\|")) {
          String v = CharMap.apply(s.strip());
          if (!v.isEmpty() && !v.equals(term)) syns.add(v);
        }
      }
      terms.merge(term, syns, (a, b) -> concat(a, b));
    }
    return new Glossary(Map.copyOf(terms));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    for (String s : b) if (!out.contains(s)) out.add(s);
    return out;
  }

  /** This glossary plus more terms without synonyms. */
  public Glossary withTerms(Collection<String> more) {
    Map<String, List<String>> merged = new LinkedHashMap<>(terms);
    for (String t : more) merged.putIfAbsent(CharMap.apply(t), List.of());
    return new Glossary(Map.copyOf(merged));
  }

  public Map<String, List<String>> terms() {
    return terms;
  }

  public void write(Path file) throws IOException {
    StringBuilder sb = new StringBuilder("# term\tsynonyms separated by |\n");
    terms.keySet().stream()
        .sorted()
        .forEach(
            t -> sb.append(t).append('\t').append(String.join("|", terms.get(t))).append('\n'));
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }
}
