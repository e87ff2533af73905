package org.tradewar.calibration;

/**
 * Whether a fact reports a tariff act as threatened or as in force. The modality decides when the
 * extractor read one ("would impose" is a threat even if a cue made the kind {@code tariff_imposed});
 * the kind decides otherwise. A denied act ("will not impose") is neither.
 */
final class TariffStage {
  private TariffStage() {
  }

  /** True for a tariff or retaliation the text reports as in force. */
  static boolean inForce(Fact f) {
    if (!isTariff(f) || f.isNegated()) {
      return false;
    }
    if (f.modality() == null || f.modality().equals("reported")) {
      return f.kind().endsWith("_imposed");
    }
    return f.modality().equals("in_force");
  }

  /** True for a tariff or retaliation the text reports as threatened, proposed or announced. */
  static boolean threatened(Fact f) {
    if (!isTariff(f) || f.isNegated()) {
      return false;
    }
    if (f.modality() == null || f.modality().equals("reported")) {
      return f.kind().endsWith("_threat");
    }
    return f.modality().equals("threatened") || f.modality().equals("announced");
  }

  /** The family merged events share: the act and how firm it is, so a threat never merges with its imposition. */
  static String family(Fact f) {
    String base = f.kind().startsWith("tariff_") ? "tariff" : f.kind().startsWith("retaliation_") ? "retaliation" : null;
    if (base == null || !isTariff(f)) {
      return f.kind() + (f.isNegated() ? ":denied" : "");
    }
    return base + (inForce(f) ? ":in_force" : threatened(f) ? ":threat" : ":" + f.modality() + (f.isNegated() ? ":denied" : ""));
  }

  private static boolean isTariff(Fact f) {
    return switch (f.kind()) {
      case "tariff_threat", "tariff_imposed", "retaliation_threat", "retaliation_imposed" -> true;
      default -> false;
    };
  }
}
