package speechsearch.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import speechsearch.speech.Speech;

/** The speech JSON contract: what {@code parse} prints, the API serves and the index stores. */
public final class SpeechJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final ObjectMapper COMPACT = JsonMapper.builder().build();

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
