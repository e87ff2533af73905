package org.tradewar.calibration;

import java.util.List;

/** Decides which kinds of fact a clause reports, each at most once, in the extractor's order. */
@FunctionalInterface
public interface KindDecider {
  /** The cue rules alone. */
  KindDecider RULES = ReadClause::ruleKinds;

  List<String> kinds(ReadClause clause);
}
