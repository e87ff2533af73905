package org.tradewar.calibration;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.tradewar.io.Check;

/**
 * One act the articles report, with every fact that reports it (its sources): the same threat read
 * in two articles is one event with two reports. {@link EventMerger} decides which facts are one
 * event.
 *
 * @param reports the facts reporting it, in folder order; never empty
 */
public record Event(List<Fact> reports) {

  public Event {
    reports = List.copyOf(Check.notNull(reports, "reports"));
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one report");
    }
  }

  /**
   * The most complete report (a coverage, a rate, a day-precise date), the first such in the
   * folder.
   */
  public Fact lead() {
    return reports.stream()
        .max(
            Comparator.comparingInt(Event::completeness)
                .thenComparing(Comparator.comparingInt(reports::indexOf).reversed()))
        .orElseThrow();
  }

  /**
   * The coverage in USD billions: the lead report's, else any report's; null when none gives one.
   */
  public Double amount() {
    return first(Fact::amountUsdBillions);
  }

  /** The rate in percent: the lead report's, else any report's; null when none gives one. */
  public Double rate() {
    return first(Fact::ratePercent);
  }

  /** The count ("11 rounds"): the lead report's, else any report's; null when none gives one. */
  public Double count() {
    return first(Fact::count);
  }

  /**
   * The report that dates the event: the earliest, a day-precise date before a month of the same
   * month.
   */
  public Fact dated() {
    return reports.stream().min(ParameterMapper.EARLIEST).orElseThrow();
  }

  /** The event's date (see {@link #dated()}), or null. */
  public String when() {
    return dated().when();
  }

  /** The ids of its reports, the lead first. */
  @SuppressWarnings("ReferenceEquality") // the same object in the list, not an equal one
  public List<String> ids() {
    Fact lead = lead();
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(lead), reports.stream().filter(f -> f != lead))
        .map(Fact::id)
        .toList();
  }

  /** The ids of the reports that give {@code field} (a rate, say), the lead first. */
  public List<String> ids(java.util.function.Function<Fact, ?> field) {
    return ids().stream()
        .filter(id -> reports.stream().anyMatch(f -> f.id().equals(id) && field.apply(f) != null))
        .toList();
  }

  /** How many articles report it (two facts of one article are one source). */
  public int articles() {
    return (int) reports.stream().map(Fact::file).distinct().count();
  }

  /** The latest article date among its reports, or null. */
  public String lastReported() {
    return reports.stream()
        .map(Fact::reportedOn)
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder())
        .orElse(null);
  }

  /** True when one of its reports was read from the sentence {@code f} was read from. */
  public boolean sharesSentenceWith(Fact f) {
    return reports.stream().anyMatch(r -> r.sameSentenceAs(f));
  }

  /** True when one of its reports shares a sentence with one of {@code other}'s. */
  public boolean sharesSentenceWith(Event other) {
    return other.reports.stream().anyMatch(this::sharesSentenceWith);
  }

  /** True when the event contains the fact {@code f}. */
  public boolean reports(Fact f) {
    return reports.contains(f);
  }

  /**
   * How completely a fact reports an act: one point each for a coverage, a rate and a day-precise
   * date.
   */
  static int completeness(Fact f) {
    return (f.amountUsdBillions() != null ? 1 : 0)
        + (f.ratePercent() != null ? 1 : 0)
        + (f.when() != null && f.when().length() == 10 ? 1 : 0);
  }

  private <T> T first(java.util.function.Function<Fact, T> field) {
    T v = field.apply(lead());
    return v != null
        ? v
        : reports.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
  }
}
