package org.tradewar.calibration;

/**
 * Whether a fact reports a tariff act as threatened or as imposed. A modality that says it ({@code
 * threatened}, {@code in_force}) decides, so "would impose" is a threat even if a cue made the kind
 * {@code tariff_imposed}; {@code announced}, {@code reported} or none leave it to the kind, except
 * that an imposition announced to take effect after the report is still a threat; {@code
 * suspended}, {@code cancelled} and a denied act ("will not impose") are neither.
 */
final class TariffStage {
  private TariffStage() {}

  /**
   * True for a tariff or retaliation the text reports as imposed: in force, or decided and in
   * effect by the report (modality {@code announced} on an imposition with no later effective
   * date). An imposition the modality calls threatened, suspended or cancelled is not, nor one that
   * takes effect after the report ("will impose from September 1"): until then it is a threat.
   */
  static boolean inForce(Fact f) {
    if (!isTariff(f) || denied(f)) {
      return false;
    }
    if (f.modality() == null
        || f.modality().equals("reported")
        || f.modality().equals("announced")) {
      return f.kind().endsWith("_imposed") && !pending(f);
    }
    return f.modality().equals("in_force");
  }

  /**
   * True for a tariff or retaliation the text reports as threatened, proposed, or decided for after
   * the report.
   */
  static boolean threatened(Fact f) {
    if (!isTariff(f) || denied(f)) {
      return false;
    }
    if (f.modality() == null
        || f.modality().equals("reported")
        || f.modality().equals("announced")) {
      return f.kind().endsWith("_threat") || pending(f);
    }
    return f.modality().equals("threatened");
  }

  /**
   * An imposition announced to take effect after the article's date (its own date, else the
   * announcement's).
   */
  private static boolean pending(Fact f) {
    String when = f.when();
    if (!"announced".equals(f.modality())
        || !f.kind().endsWith("_imposed")
        || when == null
        || f.reportedOn() == null) {
      return false;
    }
    int n = Math.min(when.length(), f.reportedOn().length());
    return when.substring(0, n).compareTo(f.reportedOn().substring(0, n)) > 0;
  }

  /**
   * The family merged events share: the act and how firm it is, so a threat never merges with its
   * imposition.
   */
  static String family(Fact f) {
    String base =
        f.kind().startsWith("tariff_")
            ? "tariff"
            : f.kind().startsWith("retaliation_") ? "retaliation" : null;
    if (base == null || !isTariff(f)) {
      return f.kind() + (denied(f) ? ":denied" : "");
    }
    return base
        + (inForce(f)
            ? ":in_force"
            : threatened(f) ? ":threat" : ":" + f.modality() + (denied(f) ? ":denied" : ""));
  }

  /**
   * True when the text denies the act ("will not impose"); read from the record field, which every
   * version has.
   */
  static boolean denied(Fact f) {
    return Boolean.TRUE.equals(f.negated());
  }

  private static boolean isTariff(Fact f) {
    return switch (f.kind()) {
      case "tariff_threat", "tariff_imposed", "retaliation_threat", "retaliation_imposed" -> true;
      default -> false;
    };
  }
}
