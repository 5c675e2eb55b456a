/**
 * Files to text to clean text to a {@link speechsearch.speech.Speech} tree with metadata. Each step
 * is a sub-package, in order: {@code read} (formats, encodings, sidecars), {@code clean} (page
 * damage, chrome, head and body), {@code parse} (the unit tree), {@code metadata} (title, date,
 * year, speaker, region) and {@code topic} (labels on the tree), all over {@code text}, what every
 * step knows of Chinese official text. This package runs them: {@link
 * speechsearch.ingest.SpeechIngester} is the front door, {@code SpeechAssembler} puts a speech
 * together from the steps' results. A step never uses a later one or this package
 * (ArchitectureTest). Must not import Lucene, Javalin or picocli.
 */
package speechsearch.ingest;
