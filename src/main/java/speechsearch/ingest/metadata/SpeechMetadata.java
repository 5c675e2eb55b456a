package speechsearch.ingest.metadata;

import java.util.Map;

/**
 * Metadata found in the text of a speech, with the source of each value ({@code text}, {@code
 * metadata} for page labels, {@code manifest} for sidecars). Unknown values are null.
 */
public record SpeechMetadata(
    String title,
    String subtitle,
    String date,
    Integer year,
    String speaker,
    Map<String, String> sources) {}
