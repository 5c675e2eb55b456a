package speechsearch.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import speechsearch.index.GenerationInfo;
import speechsearch.search.IndexHandle;
import speechsearch.search.IndexUnavailableException;

/**
 * {@code /api/health}: {@code ok}; {@code degraded} with the {@code reason} when CURRENT cannot be
 * read, the generation it names cannot be opened (the one open keeps serving), or the live
 * generation is damaged (searches answer 503); {@code no_index} before the first index.
 */
final class Health {
  private Health() {}

  static Map<String, Object> of(IndexHandle index) {
    Map<String, Object> h = new LinkedHashMap<>();
    Optional<String> problem = index.problem();
    if (!index.isOpen() && problem.isEmpty()) {
      h.put("status", "no_index");
      return h;
    }
    h.put("status", problem.isPresent() ? "degraded" : "ok");
    problem.ifPresent(p -> h.put("reason", p));
    IndexHandle.Generation g;
    try {
      g = index.acquire();
    } catch (IndexUnavailableException | IndexHandle.NoIndexException e) {
      return h; // nothing that can be searched is open; the reason says why
    }
    try {
      GenerationInfo info = g.info();
      h.put("generation", g.name());
      h.put("generationId", g.id());
      h.put("lastReindex", info.createdAt());
      h.put("tokenizer", info.tokenizer());
      h.put("speeches", info.speeches());
      h.put("sections", info.sections());
      h.put("measures", info.measures());
      h.put("documents", info.documents());
      return h;
    } finally {
      index.release(g);
    }
  }
}
