package speechsearch.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import speechsearch.index.Schema;
import speechsearch.search.Fallback;
import speechsearch.search.Filters;
import speechsearch.search.QueryException;
import speechsearch.search.QuerySyntax;
import speechsearch.search.SearchRequest;
import speechsearch.search.StrictLevel;
import speechsearch.speech.Region;
import speechsearch.vocabulary.Places;
import speechsearch.vocabulary.Taxonomy;

/**
 * A search request as the engine's {@code _search} body: our query at the level our search used
 * (every word must match, as a phrase through the text, heading and title fields or by all its
 * bigrams, scored by the best field; or the fallback, where measures with most of the words follow,
 * ranked by the same weights as ours), the facet filters as term filters, and the facets as terms
 * aggregations.
 *
 * <p>The filters are resolved by search's {@link Filters} (the same topics, levels and places, the
 * same errors for a value that names nothing) and only rendered here.
 *
 * <p>Over 300 lines: it renders both levels of our query (strict and fallback) into one body that
 * must stay in step with them, weight for weight.
 */
public final class EngineQuery {
  /** Our dis-max tie breaker, so a word in a heading does not count three times. */
  private static final double TIE_BREAKER = 0.2;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Filters filters;
  private final Taxonomy topics;

  public EngineQuery(Places places, Taxonomy topics) {
    this.filters = new Filters(places);
    this.topics = topics;
  }

  /** The request at the strict level: every word must match. */
  public ObjectNode translate(SearchRequest r) {
    return translate(r, null);
  }

  /**
   * The request at the fallback level, with the weights our search computed from its index for this
   * query ({@link speechsearch.search.SearchService#fallback}); null for the strict level. Our
   * search falls back when fewer than a page of measures have every word; the engine does what it
   * is given, so the caller chooses the level as our search did.
   */
  public ObjectNode translate(SearchRequest r, Fallback fallback) {
    QuerySyntax.And q = QuerySyntax.parse(r.q());
    ObjectNode body = JSON.createObjectNode();
    body.put("from", (r.page() - 1) * r.size()).put("size", r.size());
    ObjectNode bool = body.putObject("query").putObject("bool");
    if (fallback == null) strict(bool, q);
    else relaxed(bool, q, fallback);
    filters(bool, r);
    if ("date".equals(r.sort())) {
      body.putArray("sort").addObject().putObject(Schema.DATE_SORT).put("order", "desc");
    }
    // our grouping by section or speech: collapse keeps the best hit of each group
    if (!"measure".equals(r.scope())) {
      String field = "section".equals(r.scope()) ? Schema.SECTION_ID : Schema.SPEECH_ID;
      body.putObject("collapse").put("field", field);
    } else if (r.perSpeech() != null) {
      ObjectNode c = body.putObject("collapse").put("field", Schema.SPEECH_ID);
      if (r.perSpeech() > 1)
        c.putObject("inner_hits").put("name", "per_speech").put("size", r.perSpeech());
    }
    body.set("aggs", aggregations());
    return body;
  }

  /**
   * Our fallback level: measures with any of the words (each relaxed to its phrase, its tokens or
   * its bigrams), those with every word first (the strict query, boosted), and each word found adds
   * its bonus, the best part of it counting: the whole word, a longer token, most of its bigrams,
   * or the characters it shares, with our weights. Constant scores, as ours, so the engine's
   * different statistics change only the order among equal bonuses.
   */
  private void relaxed(ObjectNode bool, QuerySyntax.And q, Fallback fallback) {
    ObjectNode strict = JSON.createObjectNode();
    ObjectNode strictBool = strict.putObject("bool");
    strict(strictBool, q);
    strictBool.put("boost", Fallback.STRICT_BONUS);
    bool.withArray("should").add(strict);
    ObjectNode any = JSON.createObjectNode();
    ObjectNode anyBool = any.putObject("bool");
    Iterator<Fallback.Clause> weights = fallback.clauses().iterator();
    for (QuerySyntax.Node n : q.clauses()) {
      if (n instanceof QuerySyntax.Not not) {
        bool.withArray("must_not").add(clause(not.node()));
        continue;
      }
      if (!weights.hasNext())
        throw new IllegalArgumentException("the weights are of another query");
      Fallback.Clause c = weights.next();
      anyBool.withArray("should").add(c.text() == null ? clause(n) : relaxedWord(c));
      bool.withArray("should").add(found(n, c));
    }
    anyBool.put("minimum_should_match", 1);
    bool.withArray("must").add(any);
  }

  /** A word with some of it: its phrase in the text, its tokens, or its bigrams. */
  private ObjectNode relaxedWord(Fallback.Clause c) {
    ObjectNode o = JSON.createObjectNode();
    ObjectNode dis = o.putObject("dis_max").put("tie_breaker", TIE_BREAKER);
    ArrayNode ways = dis.putArray("queries");
    ObjectNode phrase = ways.addObject();
    ObjectNode body = phrase.putObject("dis_max").put("tie_breaker", TIE_BREAKER);
    body.put("boost", Fallback.PHRASE_BONUS);
    // the word's phrase with its synonyms, as the text field's search analyzer gives them
    ObjectNode text = JSON.createObjectNode();
    text.putObject("match_phrase").put(Schema.TEXT, c.text());
    body.putArray("queries").add(text).add(allBigrams(c.text()));
    ObjectNode tokens = ways.addObject().putObject("bool");
    for (Fallback.Weighted t : c.tokens()) {
      tokens.withArray("should").add(phrase(Schema.TEXT, t.term(), t.weight()));
    }
    ObjectNode grams = ways.addObject().putObject("match");
    grams
        .putObject(Schema.TEXT + "." + EngineTemplate.BIGRAM_SUBFIELD)
        .put("query", c.text())
        .put("boost", Schema.BIGRAM_BOOST);
    return o;
  }

  /** The bonus for what a measure has of one clause: the best of its weighted parts. */
  private ObjectNode found(QuerySyntax.Node n, Fallback.Clause c) {
    ObjectNode whole = bonus(clause(n), c.whole());
    if (c.text() == null) return whole;
    ObjectNode o = JSON.createObjectNode();
    ArrayNode ways = o.putObject("dis_max").put("tie_breaker", 0).putArray("queries");
    ways.add(whole);
    for (Fallback.Weighted t : c.longer())
      ways.add(bonus(phrase(Schema.TEXT, t.term(), null), t.weight()));
    if (c.mostBigramsOf() > 0) {
      ObjectNode most = JSON.createObjectNode();
      most.putObject("match")
          .putObject(Schema.TEXT + "." + EngineTemplate.BIGRAM_SUBFIELD)
          .put("query", c.text())
          .put("minimum_should_match", c.mostBigramsOf());
      ways.add(bonus(most, c.mostBigrams()));
    }
    if (!c.characters().isEmpty()) {
      ObjectNode shared = ways.addObject().putObject("bool");
      for (Fallback.Weighted ch : c.characters()) {
        ObjectNode term = JSON.createObjectNode();
        term.putObject("term").put(Schema.TEXT + "." + EngineTemplate.CHAR_SUBFIELD, ch.term());
        shared.withArray("should").add(bonus(term, ch.weight()));
      }
    }
    return o;
  }

  private static ObjectNode bonus(ObjectNode filter, float share) {
    ObjectNode o = JSON.createObjectNode();
    o.putObject("constant_score").put("boost", Fallback.COORDINATION * share).set("filter", filter);
    return o;
  }

  /**
   * One token or word as a phrase in the SmartCN field without synonyms: a glossary term our index
   * keeps as one token (双减) is several in the engine's.
   */
  private static ObjectNode phrase(String field, String text, Float boost) {
    ObjectNode o = JSON.createObjectNode();
    ObjectNode p = o.putObject("match_phrase").putObject(field).put("query", text);
    p.put("analyzer", EngineTemplate.SMARTCN_INDEX);
    if (boost != null && boost != 1f) p.put("boost", boost);
    return o;
  }

  /** All of a word's bigrams in one unit (the bigram subfield has no positions). */
  private static ObjectNode allBigrams(String text) {
    ObjectNode o = JSON.createObjectNode();
    o.putObject("match")
        .putObject(Schema.TEXT + "." + EngineTemplate.BIGRAM_SUBFIELD)
        .put("query", text)
        .put("operator", "and")
        .put("boost", Schema.BIGRAM_BOOST);
    return o;
  }

  /** Our strict level: every word must match; the words side by side rank higher. */
  private void strict(ObjectNode bool, QuerySyntax.And q) {
    List<String> plain = new ArrayList<>();
    for (QuerySyntax.Node n : q.clauses()) {
      if (n instanceof QuerySyntax.Not not) bool.withArray("must_not").add(clause(not.node()));
      else bool.withArray("must").add(clause(n));
      if (n instanceof QuerySyntax.Word w) plain.add(w.text());
    }
    if (plain.size() > 1 && plain.size() <= StrictLevel.WHOLE_PHRASE_WORDS) {
      // as in our strict query: the words side by side, in order, rank above the words scattered
      ObjectNode whole = JSON.createObjectNode();
      whole
          .putObject("match_phrase")
          .putObject(Schema.TEXT)
          .put("query", String.join("", plain))
          .put("slop", StrictLevel.WHOLE_PHRASE_SLOP)
          .put("boost", (double) StrictLevel.WHOLE_PHRASE_BOOST);
      bool.withArray("should").add(whole);
    }
    if (!bool.has("must")) bool.withArray("must").addObject().putObject("match_all");
  }

  /** One word, phrase or group, matched through every text field. */
  private ObjectNode clause(QuerySyntax.Node n) {
    ObjectNode o = JSON.createObjectNode();
    switch (n) {
      case QuerySyntax.Word w -> text(o, w.text());
      case QuerySyntax.Phrase p -> text(o, p.text());
      case QuerySyntax.Not not -> o.putObject("bool").withArray("must_not").add(clause(not.node()));
      case QuerySyntax.Or or -> {
        ObjectNode b = o.putObject("bool");
        for (QuerySyntax.Node a : or.alternatives()) b.withArray("should").add(clause(a));
        b.put("minimum_should_match", 1);
      }
      case QuerySyntax.And and -> {
        ObjectNode b = o.putObject("bool");
        for (QuerySyntax.Node c : and.clauses()) {
          if (c instanceof QuerySyntax.Not not) b.withArray("must_not").add(clause(not.node()));
          else b.withArray("must").add(clause(c));
        }
      }
    }
    return o;
  }

  /**
   * One word: a phrase in the SmartCN fields, or all its bigrams in the bigram subfield (which, as
   * ours, keeps no positions), scored by the best of them.
   */
  private static void text(ObjectNode o, String text) {
    ObjectNode dis = o.putObject("dis_max").put("tie_breaker", TIE_BREAKER);
    ArrayNode queries = dis.putArray("queries");
    ObjectNode m = queries.addObject().putObject("multi_match");
    m.put("query", text).put("type", "phrase").put("tie_breaker", TIE_BREAKER);
    m.putArray("fields")
        .add(Schema.TEXT)
        .add(Schema.HEADING + "^" + Schema.HEADING_BOOST)
        .add(Schema.TITLE_TEXT + "^" + Schema.TITLE_BOOST);
    queries
        .addObject()
        .putObject("match")
        .putObject(Schema.TEXT + "." + EngineTemplate.BIGRAM_SUBFIELD)
        .put("query", text)
        .put("operator", "and")
        .put("boost", Schema.BIGRAM_BOOST);
  }

  /**
   * Values of one dimension combine with OR, dimensions with AND, as in our facet sidebar; the
   * values as our filters resolved them.
   */
  private void filters(ObjectNode bool, SearchRequest r) {
    Filters.Resolved f = filters.resolve(r, topics);
    ArrayNode filter = JSON.createArrayNode();
    if ("measure".equals(r.scope())) filter.add(term(Schema.KIND, Schema.KIND_MEASURE));
    else if ("section".equals(r.scope()))
      bool.withArray("must_not").add(term(Schema.KIND, Schema.KIND_SPEECH));
    if (!f.topics().isEmpty()) {
      List<ObjectNode> any = new ArrayList<>();
      for (String[] path : f.topics()) {
        any.add(
            path.length == 1
                ? term("topic_area", path[0])
                : term(Schema.TOPICS, path[0] + "/" + path[1]));
      }
      filter.add(anyOf(any));
    }
    if (!f.levels().isEmpty())
      filter.add(anyOf(f.levels().stream().map(l -> term(Schema.FACET_LEVEL, l)).toList()));
    if (!f.places().isEmpty())
      filter.add(anyOf(f.places().stream().map(EngineQuery::region).toList()));
    if (!f.years().isEmpty()) {
      ObjectNode terms = JSON.createObjectNode();
      ArrayNode ys = terms.putObject("terms").putArray(Schema.YEAR);
      f.years().forEach(ys::add);
      filter.add(terms);
    }
    if (r.yearFrom() != null || r.yearTo() != null) {
      if (r.yearFrom() != null && r.yearTo() != null && r.yearFrom() > r.yearTo())
        throw QueryException.yearsReversed();
      ObjectNode range = JSON.createObjectNode();
      ObjectNode y = range.putObject("range").putObject(Schema.YEAR);
      if (r.yearFrom() != null) y.put("gte", r.yearFrom());
      if (r.yearTo() != null) y.put("lte", r.yearTo());
      filter.add(range);
    }
    if (!filter.isEmpty()) bool.set("filter", filter);
  }

  /** A place as the flat region fields of its facet path, all of which must match. */
  private static ObjectNode region(Region r) {
    String[] path = Places.facetPath(r);
    if (path.length == 1) return term("region_province", path[0]);
    ObjectNode o = JSON.createObjectNode();
    ArrayNode all = o.putObject("bool").putArray("filter");
    all.add(term("region_province", path[0]));
    for (int i = 1; i < path.length; i++) {
      all.add(term(path[i].equals(r.county()) ? "region_county" : "region_city", path[i]));
    }
    return o;
  }

  private static ObjectNode aggregations() {
    ObjectNode aggs = JSON.createObjectNode();
    terms(aggs, "topic", Schema.TOPICS, 100);
    terms(aggs, "topic_area", "topic_area", 50);
    ObjectNode region = terms(aggs, "region", "region_province", 50);
    ObjectNode city = terms(region.putObject("aggs"), "city", "region_city", 50);
    terms(city.putObject("aggs"), "county", "region_county", 50);
    terms(aggs, "level", Schema.FACET_LEVEL, 10);
    terms(aggs, "year", Schema.YEAR, 50);
    terms(aggs, "kind", Schema.KIND, 3);
    return aggs;
  }

  private static ObjectNode terms(ObjectNode aggs, String name, String field, int size) {
    ObjectNode agg = aggs.putObject(name);
    agg.putObject("terms").put("field", field).put("size", size);
    return agg;
  }

  private static ObjectNode term(String field, String value) {
    ObjectNode o = JSON.createObjectNode();
    o.putObject("term").put(field, value);
    return o;
  }

  private static ObjectNode anyOf(List<ObjectNode> clauses) {
    if (clauses.size() == 1) return clauses.get(0);
    ObjectNode o = JSON.createObjectNode();
    ObjectNode b = o.putObject("bool");
    b.putArray("should").addAll(clauses);
    b.put("minimum_should_match", 1);
    return o;
  }
}
