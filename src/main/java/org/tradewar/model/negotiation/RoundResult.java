package org.tradewar.model.negotiation;

import java.util.List;

/** What a meeting produced: the outcome, the agreed offer (for a deal), the gap left, the lines said. */
public record RoundResult(Outcome outcome, Offer agreement, double gap, List<String> lines) {
  /** Progress narrows the gap; a breakdown widens it or ends in acrimony; a stall does neither. */
  public enum Outcome { DEAL, PROGRESS, STALL, BREAKDOWN }
}
