package org.tradewar.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.tradewar.io.Check;

/**
 * Decides the kinds of a clause with one maximum-entropy classifier per kind (Apache OpenNLP's),
 * trained on clauses a reader annotated: a kind is reported when its classifier gives it a
 * probability of at least one half. The cue rules' own kinds are among the features, so the model
 * learns where the rules are right and where a clause's words say otherwise.
 */
public final class KindModel implements KindDecider {
  /**
   * The order in which a clause's facts are built: the kinds of {@link Fact#KINDS}, with deadlines
   * and counts last, since they take the sides of the clause's first fact.
   */
  static final List<String> ORDER =
      java.util.stream.Stream.concat(
              Fact.KINDS.stream().filter(k -> !k.equals("deadline") && !k.equals("count")),
              java.util.stream.Stream.of("deadline", "count"))
          .toList();

  /** One annotated clause: its features and the kinds the reader found in it. */
  public record Example(List<String> features, Set<String> kinds) {}

  private static final String YES = "yes";
  private static final String NO = "no";

  private final ClauseFeatures features;
  private final Map<String, MaxentModel> models;
  private final Set<String> ruled;
  private final double keep;
  private final double add;

  private KindModel(
      ClauseFeatures features,
      Map<String, MaxentModel> models,
      Set<String> ruled,
      double keep,
      double add) {
    this.features = features;
    this.models = models;
    this.ruled = ruled;
    this.keep = keep;
    this.add = add;
  }

  /**
   * The same classifiers deciding with other thresholds: a kind the cue rules find is kept when its
   * probability is at least {@code keep}; one they do not find is added at {@code add} or more.
   */
  public KindModel withThresholds(double keep, double add) {
    return new KindModel(features, models, ruled, keep, add);
  }

  /**
   * Trains one classifier per kind of {@link #ORDER} except those in {@code ruled}, which keep the
   * cue rules' decision.
   */
  public static KindModel train(
      List<Example> examples, ClauseFeatures features, Set<String> ruled) {
    Check.notNull(examples, "examples");
    Map<String, MaxentModel> models = new LinkedHashMap<>();
    for (String kind : ORDER) {
      if (ruled.contains(kind)) {
        continue;
      }
      List<Event> events = new ArrayList<>(examples.size());
      boolean any = false;
      for (Example e : examples) {
        boolean yes = e.kinds().contains(kind);
        any |= yes;
        events.add(new Event(yes ? YES : NO, e.features().toArray(String[]::new)));
      }
      if (any) {
        models.put(kind, trainOne(events));
      }
    }
    return new KindModel(features, models, Set.copyOf(ruled), 0.5, 0.5);
  }

  private static MaxentModel trainOne(List<Event> events) {
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    p.put(TrainingParameters.ITERATIONS_PARAM, 100);
    p.put(TrainingParameters.CUTOFF_PARAM, 1);
    p.put(TrainingParameters.THREADS_PARAM, 1);
    EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
    try {
      return trainer.train(ObjectStreamUtils.createObjectStream(events));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The probability the classifier of {@code kind} gives the clause. */
  public double probability(String kind, String[] clauseFeatures) {
    MaxentModel m = models.get(kind);
    if (m == null) {
      return 0;
    }
    return m.eval(clauseFeatures)[m.getIndex(YES)];
  }

  @Override
  public List<String> kinds(ReadClause clause) {
    String[] f = features.of(clause);
    List<String> out = new ArrayList<>();
    for (String kind : ORDER) {
      boolean rule = clause.ruleKinds().contains(kind);
      boolean yes = ruled.contains(kind) ? rule : probability(kind, f) >= (rule ? keep : add);
      if (yes) {
        out.add(kind);
      }
    }
    return out;
  }
}
