package org.tradewar.gui;

import java.util.function.Supplier;
import org.tradewar.model.TradeWarModel;
import org.tradewar.vocabulary.Country;

/**
 * What the Console's Model tab shows (MASON's inspector reads these getters): the week, the accord
 * in force, each delegation's stance and each side's pain, read from the model running now.
 * Read-only: the lesson's parameters are changed in the classroom window, before a run.
 */
public final class ModelView {
  private final Supplier<TradeWarModel> model;

  ModelView(Supplier<TradeWarModel> model) {
    this.model = model;
  }

  public int getWeek() {
    return (int) model.get().schedule.getSteps();
  }

  public String getDate() {
    return model.get().timeline().date(Math.max(0, getWeek() - 1)).toString();
  }

  public String getAccord() {
    TradeWarModel m = model.get();
    return m.record() == null ? "none" : m.accord();
  }

  public double getStance_US() {
    return stance(Country.US);
  }

  public double getStance_China() {
    return stance(Country.CN);
  }

  public double getPain_US() {
    return pain(Country.US);
  }

  public double getPain_China() {
    return pain(Country.CN);
  }

  public int getMeetings() {
    TradeWarModel m = model.get();
    return m.record() == null ? 0 : m.meetings();
  }

  private double stance(Country c) {
    TradeWarModel m = model.get();
    return m.record() == null ? Double.NaN : rounded(m.stance(c));
  }

  private double pain(Country c) {
    TradeWarModel m = model.get();
    return m.record() == null ? Double.NaN : rounded(m.pain(c));
  }

  /** Three decimals: what a class reads off a projector. */
  private static double rounded(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
