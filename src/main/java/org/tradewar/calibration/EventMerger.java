package org.tradewar.calibration;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Merges the facts that report the same act into one {@link Event}. Two facts report the same act
 * when they have
 *
 * <ul>
 *   <li>the same family: the kind with its firmness ({@link TariffStage#family}), so a threat never
 *       merges with the tariff that carried it out, nor a denial with the act;
 *   <li>the same actor, the same target or one unknown, the same count unit;
 *   <li>compatible figures: every figure both give agrees (coverages within 5%, rates within half a
 *       point, counts equal), and at least one figure is given by both; facts without figures
 *       (talks, sanctions) stay one event each, since nothing tells two meetings apart;
 *   <li>compatible dates: one undated, one containing the other (May 2018 contains 17 May 2018), or
 *       both to the day within {@value #TOLERANCE_DAYS} days (an act is often dated by the report
 *       that states it, days or weeks after it was made).
 * </ul>
 *
 * A fact joins the first event all of whose reports it matches, so merging never chains two
 * different acts through a vague report in between.
 */
final class EventMerger {
  static final int TOLERANCE_DAYS = 31;

  /** The events {@code facts} report, in the order of their first report. */
  List<Event> merge(List<Fact> facts) {
    List<List<Fact>> groups = new ArrayList<>();
    for (Fact f : facts) {
      List<Fact> home =
          groups.stream()
              .filter(g -> g.stream().allMatch(r -> sameAct(r, f)))
              .findFirst()
              .orElse(null);
      if (home == null) {
        groups.add(new ArrayList<>(List.of(f)));
      } else {
        home.add(f);
      }
    }
    return groups.stream().map(Event::new).toList();
  }

  /** True when {@code a} and {@code b} report the same act (see the class comment). */
  static boolean sameAct(Fact a, Fact b) {
    if (!TariffStage.family(a).equals(TariffStage.family(b))
        || a.actor() == null
        || !a.actor().equals(b.actor())
        || !Objects.equals(a.countUnit(), b.countUnit())) {
      return false;
    }
    if (a.target() != null && b.target() != null && !a.target().equals(b.target())) {
      return false;
    }
    boolean amount = both(a.amountUsdBillions(), b.amountUsdBillions());
    boolean rate = both(a.ratePercent(), b.ratePercent());
    boolean count = both(a.count(), b.count());
    if (!(amount || rate || count)) {
      return false;
    }
    if (amount
        && Math.abs(a.amountUsdBillions() - b.amountUsdBillions())
            > 0.05 * Math.max(a.amountUsdBillions(), b.amountUsdBillions())) {
      return false;
    }
    if (rate && Math.abs(a.ratePercent() - b.ratePercent()) > 0.5) {
      return false;
    }
    if (both(a.fromRatePercent(), b.fromRatePercent())
        && Math.abs(a.fromRatePercent() - b.fromRatePercent()) > 0.5) {
      return false;
    }
    if (count && !a.count().equals(b.count())) {
      return false;
    }
    return datesCompatible(a.when(), b.when());
  }

  /** One undated, one containing the other, or both days within the tolerance. */
  static boolean datesCompatible(String x, String y) {
    if (x == null || y == null || x.startsWith(y) || y.startsWith(x)) {
      return true;
    }
    PartialDate p = PartialDate.parse(x);
    PartialDate q = PartialDate.parse(y);
    if (p == null
        || q == null
        || p.precision() != PartialDate.Precision.DAY
        || q.precision() != PartialDate.Precision.DAY) {
      return false;
    }
    return Math.abs(ChronoUnit.DAYS.between(p.date(), q.date())) <= TOLERANCE_DAYS;
  }

  private static boolean both(Double a, Double b) {
    return a != null && b != null;
  }
}
