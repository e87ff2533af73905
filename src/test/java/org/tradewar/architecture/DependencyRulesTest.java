package org.tradewar.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Dependencies run one way (STYLE.md, docs/architecture.md): cli -> (gui, play, bench, fit, sweep,
 * run) -> (scenario, model, output) ; gui -> (play, run, chart, report) ; sweep -> (run, chart,
 * report) ; report -> chart -> output ; scenario -> (calibration, model) ; model -> (economy,
 * negotiation, params) ; everything -> (io, vocabulary).
 *
 * <p>The rules read the compiled classes, so they see every reference: imports, fully qualified
 * names, types in signatures, sub-packages. (Compile-time constants, a {@code static final} number
 * or string, are copied into the class that reads them and leave no trace; everything else does.) A
 * package that is in no layer fails {@link #everyPackageHasALayer()}: place it in the table below
 * first.
 */
class DependencyRulesTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("org.tradewar");

  private static final String[] MODEL = {"Model", "Economy", "Negotiation", "Params"};

  /** The packages of each layer; sub-packages belong to their parent's layer unless named here. */
  private static final String[][] LAYERS = {
    {"Cli", "org.tradewar.cli.."},
    {"Gui", "org.tradewar.gui.."},
    {"Play", "org.tradewar.play.."},
    {"Bench", "org.tradewar.bench.."},
    {"Fit", "org.tradewar.fit.."},
    {"Sweep", "org.tradewar.sweep.."},
    {"Spark", "org.tradewar.spark.."},
    {"Run", "org.tradewar.run.."},
    {"Scenario", "org.tradewar.scenario.."},
    {"Calibration", "org.tradewar.calibration.."},
    {"Model", "org.tradewar.model"},
    {"Economy", "org.tradewar.model.economy.."},
    {"Negotiation", "org.tradewar.model.negotiation.."},
    {"Params", "org.tradewar.model.params.."},
    {"Report", "org.tradewar.report.."},
    {"Chart", "org.tradewar.chart.."},
    {"Output", "org.tradewar.output.."},
    {"Io", "org.tradewar.io.."},
    {"Vocabulary", "org.tradewar.vocabulary.."}
  };

  @Test
  void layersDependOneWay() {
    var layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String[] l : LAYERS) {
      // Spark is compiled only with -Pspark: its layer is empty in the default build.
      layers =
          (l[0].equals("Spark") ? layers.optionalLayer(l[0]) : layers.layer(l[0])).definedBy(l[1]);
    }
    layers
        // The command line is the top: it parses, builds a request and calls the library.
        .whereLayer("Cli")
        .mayNotBeAccessedByAnyLayer()
        // The classroom window sits beside the model (MASON's HeatBugsWithUI): it reads the model,
        // draws with the charts and plays through play; it never calls the CLI, sweeps or fits.
        .whereLayer("Gui")
        .mayOnlyAccessLayers(
            with(
                "Play",
                "Run",
                "Scenario",
                "Calibration",
                "Report",
                "Chart",
                "Output",
                "Io",
                "Vocabulary"))
        .whereLayer("Play")
        .mayOnlyAccessLayers(with("Run", "Scenario", "Output", "Io", "Vocabulary"))
        .whereLayer("Bench")
        .mayOnlyAccessLayers(with("Run", "Scenario", "Io", "Vocabulary"))
        // A fit writes its tables with the run folder's CSV writer (output.CsvText), and nothing
        // else of output.
        .whereLayer("Fit")
        .mayOnlyAccessLayers(with("Run", "Scenario", "Calibration", "Output", "Io", "Vocabulary"))
        .whereLayer("Sweep")
        .mayOnlyAccessLayers(
            with("Run", "Scenario", "Report", "Chart", "Output", "Io", "Vocabulary"))
        .whereLayer("Spark")
        .mayOnlyAccessLayers(with("Sweep", "Run", "Scenario", "Io", "Vocabulary"))
        .whereLayer("Run")
        .mayOnlyAccessLayers(with("Scenario", "Calibration", "Output", "Io", "Vocabulary"))
        // Calibration feeds scenario: the model never sees an article.
        .whereLayer("Scenario")
        .mayOnlyAccessLayers(with("Calibration", "Io", "Vocabulary"))
        .whereLayer("Calibration")
        .mayOnlyAccessLayers("Io", "Vocabulary")
        // The model is built from its own inputs: no scenario, output, chart, CLI or GUI code.
        .whereLayer("Model")
        .mayOnlyAccessLayers("Economy", "Negotiation", "Params", "Io", "Vocabulary")
        .whereLayer("Params")
        .mayOnlyAccessLayers("Economy", "Io", "Vocabulary")
        .whereLayer("Negotiation")
        .mayOnlyAccessLayers("Params", "Io", "Vocabulary")
        .whereLayer("Economy")
        .mayOnlyAccessLayers("Io", "Vocabulary")
        // Charts and the report are built from the output tables, never from the live model.
        .whereLayer("Report")
        .mayOnlyAccessLayers("Chart", "Output", "Io", "Vocabulary")
        .whereLayer("Chart")
        .mayOnlyAccessLayers("Output", "Io", "Vocabulary")
        .whereLayer("Output")
        .mayOnlyAccessLayers("Io", "Vocabulary")
        .whereLayer("Io")
        .mayOnlyAccessLayers("Vocabulary")
        .whereLayer("Vocabulary")
        .mayNotAccessAnyLayer()
        .check(CLASSES);
  }

  /**
   * No two packages (sub-packages counted apart) depend on each other, directly or round a loop.
   */
  @Test
  void packagesFormNoCycles() {
    slices().matching("org.tradewar.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  /**
   * MASON's split: the model runs headless by construction, and never draws, writes tables or
   * parses.
   */
  @Test
  void theModelHasNoDisplayOutputOrCommandLineCode() {
    noClasses()
        .that()
        .resideInAPackage("org.tradewar.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javax.swing..",
            "java.awt..",
            "org.jfree..",
            "sim.display..",
            "sim.portrayal..",
            "picocli..",
            "org.tradewar.output..",
            "org.tradewar.chart..",
            "org.tradewar.report..",
            "org.tradewar.cli..",
            "org.tradewar.gui..",
            "org.tradewar.play..")
        .check(CLASSES);
  }

  /**
   * Economics and negotiation are plain Java, unit-tested without a schedule; the Steppables adapt
   * them.
   */
  @Test
  void economyAndNegotiationDoNotUseMason() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.tradewar.model.economy..",
            "org.tradewar.model.negotiation..",
            "org.tradewar.model.params..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("sim..")
        .check(CLASSES);
  }

  /** The shared words depend on nothing but the JDK, so every layer can use them. */
  @Test
  void theVocabularyIsALeaf() {
    classes()
        .that()
        .resideInAPackage("org.tradewar.vocabulary..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.tradewar.vocabulary..")
        .check(CLASSES);
  }

  /** A new package must first be given a place in {@link #LAYERS}. */
  @Test
  void everyPackageHasALayer() {
    String[] packages = new String[LAYERS.length];
    for (int i = 0; i < LAYERS.length; i++) {
      packages[i] = LAYERS[i][1];
    }
    classes().should().resideInAnyPackage(packages).check(CLASSES);
  }

  /** {@code layers} plus the model's four layers, which everything below the CLI may read. */
  private static String[] with(String... layers) {
    String[] out = new String[layers.length + MODEL.length];
    System.arraycopy(MODEL, 0, out, 0, MODEL.length);
    System.arraycopy(layers, 0, out, MODEL.length, layers.length);
    return out;
  }
}
