package speechsearch.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import speechsearch.speech.Speech;
import speechsearch.speech.Topic;

/** The speech JSON contract: what {@code parse} prints, the API serves and the index stores. */
public final class SpeechJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final ObjectMapper COMPACT =
      JsonMapper.builder()
          .addModule(new SimpleModule().addDeserializer(Topic.class, new TopicIn()))
          .build();

  /**
   * A label is {@code {"label", "score"}}; a tree stored by a version before labels had scores
   * gives the label alone, read with score 0 (unknown) so that a generation it built can still be
   * served and added to until a reindex labels it afresh.
   */
  private static final class TopicIn extends JsonDeserializer<Topic> {
    @Override
    public Topic deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      JsonNode n = p.readValueAsTree();
      if (n.isTextual()) return new Topic(n.asText(), 0);
      if (!n.hasNonNull("label"))
        throw ctx.weirdStringException(n.toString(), Topic.class, "no label");
      return new Topic(n.get("label").asText(), n.path("score").asDouble(0));
    }
  }

  private SpeechJson() {}

  public static String pretty(Speech speech) {
    return write(MAPPER, speech);
  }

  public static String compact(Speech speech) {
    return write(COMPACT, speech);
  }

  public static Speech read(String json) throws JsonProcessingException {
    return COMPACT.readValue(json, Speech.class);
  }

  private static String write(ObjectMapper mapper, Speech speech) {
    try {
      return mapper.writeValueAsString(speech);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a speech record always serialises", e);
    }
  }
}
