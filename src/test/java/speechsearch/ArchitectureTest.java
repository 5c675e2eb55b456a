package speechsearch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import speechsearch.ingest.topic.TopicClassifier;
import speechsearch.ingest.topic.TopicModel;
import speechsearch.vocabulary.Taxonomy;

/**
 * The house layout, held on the compiled main classes: packages in pipeline order (speech →
 * vocabulary → ingest → analysis → index → search → web/export → cli), none importing a later
 * stage, no cycles between them, ingest's steps in their order too, {@code web} free of Lucene,
 * topics never assigned while mapping to Lucene, and only {@code cli} printing or exiting. Each
 * rule is also run on test classes written to break it ({@code ArchViolations} in the packages they
 * break), so a rule that stops catching anything fails here too.
 */
class ArchitectureTest {
  private static final String ROOT = "speechsearch";
  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);
  }

  /** What each stage may use of the others; a stage never reaches a later one. */
  static final ArchRule LAYERS =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("speech")
          .definedBy(ROOT + ".speech..")
          .layer("vocabulary")
          .definedBy(ROOT + ".vocabulary..")
          .layer("ingest")
          .definedBy(ROOT + ".ingest..")
          .layer("analysis")
          .definedBy(ROOT + ".analysis..")
          .layer("index")
          .definedBy(ROOT + ".index..")
          .layer("search")
          .definedBy(ROOT + ".search..")
          .layer("web")
          .definedBy(ROOT + ".web..")
          .layer("export")
          .definedBy(ROOT + ".export..")
          .layer("cli")
          .definedBy(ROOT + ".cli..")
          .whereLayer("cli")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("web")
          .mayOnlyBeAccessedByLayers("cli")
          .whereLayer("export")
          .mayOnlyBeAccessedByLayers("cli")
          .whereLayer("search")
          .mayOnlyBeAccessedByLayers("web", "export", "cli")
          .whereLayer("index")
          .mayOnlyBeAccessedByLayers("search", "web", "export", "cli")
          .whereLayer("analysis")
          .mayOnlyBeAccessedByLayers("index", "search", "web", "export", "cli")
          .whereLayer("ingest")
          .mayOnlyBeAccessedByLayers("analysis", "index", "search", "web", "export", "cli")
          .whereLayer("vocabulary")
          .mayOnlyBeAccessedByLayers(
              "ingest", "analysis", "index", "search", "web", "export", "cli");

  /**
   * Inside ingest, what each step may use: the text package (characters, numerals, markers, the
   * keyword automaton) under all of them, metadata the cleaned head lines. A step never reaches a
   * later one (cleaning never asks the parser), and none reaches the orchestrator at ingest's top,
   * which runs them in order.
   */
  static final ArchRule INGEST_STEPS =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("text")
          .definedBy(ROOT + ".ingest.text..")
          .layer("read")
          .definedBy(ROOT + ".ingest.read..")
          .layer("clean")
          .definedBy(ROOT + ".ingest.clean..")
          .layer("parse")
          .definedBy(ROOT + ".ingest.parse..")
          .layer("metadata")
          .definedBy(ROOT + ".ingest.metadata..")
          .layer("topic")
          .definedBy(ROOT + ".ingest.topic..")
          .layer("orchestrator")
          .definedBy(ROOT + ".ingest")
          .whereLayer("orchestrator")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("text")
          .mayNotAccessAnyLayer()
          .whereLayer("read")
          .mayOnlyAccessLayers("text")
          .whereLayer("clean")
          .mayOnlyAccessLayers("text")
          .whereLayer("parse")
          .mayOnlyAccessLayers("text")
          .whereLayer("metadata")
          .mayOnlyAccessLayers("text", "clean")
          .whereLayer("topic")
          .mayOnlyAccessLayers("text");

  /** analysis is the one analyzer definition: it stands on Lucene alone, not on ingest's rules. */
  static final ArchRule ANALYSIS_STANDS_ALONE =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".analysis..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ROOT + ".ingest..");

  static final ArchRule NO_CYCLES = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

  /** The domain records are plain Java: every stage reads them, so they bring nothing along. */
  static final ArchRule SPEECH_IS_PLAIN_JAVA =
      classes()
          .that()
          .resideInAPackage(ROOT + ".speech..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(ROOT + ".speech..", "java..");

  /**
   * The vocabularies (levels, places, topics) are read by every stage from ingest on, so they stand
   * on the domain records alone.
   */
  static final ArchRule VOCABULARY_STANDS_ON_THE_DOMAIN =
      classes()
          .that()
          .resideInAPackage(ROOT + ".vocabulary..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(ROOT + ".vocabulary..", ROOT + ".speech..", "java..");

  /**
   * Topics are assigned to the speech tree in ingest (or by the classifier relabelling a kept tree)
   * before it reaches the index: a class that makes Lucene documents only writes the labels the
   * tree carries, and reads no taxonomy or topic model. (Index classes that only steer a run may
   * hand a tree to the classifier, as a reindex does to relabel a kept tree.)
   */
  static final ArchRule LUCENE_MAPPING_ASSIGNS_NO_TOPICS =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".index..")
          .and(
              DescribedPredicate.describe(
                  "make Lucene documents",
                  (JavaClass c) ->
                      c.getConstructorCallsFromSelf().stream()
                          .anyMatch(call -> call.getTargetOwner().isEquivalentTo(Document.class))))
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(TopicClassifier.class, TopicModel.class, Taxonomy.class);

  static final ArchRule WEB_IMPORTS_NO_LUCENE =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.lucene..");

  static final ArchRule INGEST_IMPORTS_NO_LUCENE =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".ingest..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.lucene..");

  /** HTTP stays in web (cli starts it); search knows nothing of Javalin. */
  static final ArchRule JAVALIN_ONLY_IN_WEB_AND_CLI =
      noClasses()
          .that()
          .resideOutsideOfPackages(ROOT + ".web..", ROOT + ".cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.javalin..");

  static final ArchRule PICOCLI_ONLY_IN_CLI =
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + ".cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("picocli..");

  /**
   * Output to a person and the exit code are the command's: everything below reports through return
   * values, exceptions and SLF4J.
   */
  static final ArchRule ONLY_CLI_PRINTS_OR_EXITS =
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + ".cli..")
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .orShould()
          .callMethod(System.class, "exit", int.class)
          .orShould()
          .callMethod(Runtime.class, "exit", int.class)
          .orShould()
          .callMethod(Runtime.class, "halt", int.class)
          .orShould()
          .callMethod(Throwable.class, "printStackTrace");

  /**
   * Each rule against the classes written to break it: it must fail, naming the class that broke
   * it. The real check above passes only because the code keeps the rules, not because a rule is
   * mistyped into accepting everything.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("rulesAndTheirBreakers")
  void eachRuleFailsOnAClassThatBreaksIt(String name, ArchRule rule, String breaker) {
    JavaClasses fixtures =
        new ClassFileImporter()
            .withImportOption(location -> location.contains("ArchViolations"))
            .importPackages(ROOT);
    AssertionError e = assertThrows(AssertionError.class, () -> rule.check(fixtures), name);
    assertTrue(
        e.getMessage().contains(breaker), () -> name + " did not name " + breaker + ":\n" + e);
  }

  static Stream<Arguments> rulesAndTheirBreakers() {
    String ingest = ROOT + ".ingest.ArchViolations$";
    return Stream.of(
        Arguments.of("layers", LAYERS, ingest + "IngestReachesSearch"),
        Arguments.of(
            "ingest steps", INGEST_STEPS, ROOT + ".ingest.clean.ArchViolations$CleanAsksParser"),
        Arguments.of("analysis", ANALYSIS_STANDS_ALONE, "AnalysisUsesIngest"),
        Arguments.of("cycles", NO_CYCLES, "SpeechReachesIngest"),
        Arguments.of("speech", SPEECH_IS_PLAIN_JAVA, "SpeechReachesIngest"),
        Arguments.of(
            "layers, vocabulary",
            LAYERS,
            ROOT + ".vocabulary.ArchViolations$VocabularyReachesIngest"),
        Arguments.of("vocabulary", VOCABULARY_STANDS_ON_THE_DOMAIN, "VocabularyReachesIngest"),
        Arguments.of("topics", LUCENE_MAPPING_ASSIGNS_NO_TOPICS, "MappingAssignsTopics"),
        Arguments.of("web", WEB_IMPORTS_NO_LUCENE, "WebUsesLucene"),
        Arguments.of("ingest", INGEST_IMPORTS_NO_LUCENE, ingest + "IngestReachesSearch"),
        Arguments.of("javalin", JAVALIN_ONLY_IN_WEB_AND_CLI, ingest + "IngestPrintsAndExits"),
        Arguments.of("picocli", PICOCLI_ONLY_IN_CLI, ingest + "IngestPrintsAndExits"),
        Arguments.of("print", ONLY_CLI_PRINTS_OR_EXITS, ingest + "IngestPrintsAndExits"));
  }

  @Test
  void stagesNeverImportALaterStage() {
    LAYERS.check(main);
  }

  @Test
  void ingestStepsNeverReachALaterStep() {
    INGEST_STEPS.check(main);
  }

  @Test
  void analysisDoesNotImportIngest() {
    ANALYSIS_STANDS_ALONE.check(main);
  }

  @Test
  void packagesHaveNoCycles() {
    NO_CYCLES.check(main);
  }

  @Test
  void speechRecordsUseOnlyJava() {
    SPEECH_IS_PLAIN_JAVA.check(main);
  }

  @Test
  void vocabularyStandsOnTheDomainAlone() {
    VOCABULARY_STANDS_ON_THE_DOMAIN.check(main);
  }

  @Test
  void luceneMappingAssignsNoTopics() {
    LUCENE_MAPPING_ASSIGNS_NO_TOPICS.check(main);
  }

  @Test
  void webImportsNoLucene() {
    WEB_IMPORTS_NO_LUCENE.check(main);
  }

  @Test
  void ingestImportsNoLucene() {
    INGEST_IMPORTS_NO_LUCENE.check(main);
  }

  @Test
  void onlyWebAndCliUseJavalin() {
    JAVALIN_ONLY_IN_WEB_AND_CLI.check(main);
  }

  @Test
  void onlyCliUsesPicocli() {
    PICOCLI_ONLY_IN_CLI.check(main);
  }

  @Test
  void onlyCliPrintsOrExits() {
    ONLY_CLI_PRINTS_OR_EXITS.check(main);
  }
}
