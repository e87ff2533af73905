package org.tradewar.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the articles say about one official: name, side, the titles given (votes for a role) and the
 * cues about them, each with the sentences it was read in. Mutable while the roster is read, then
 * only read by the parameter mapper.
 */
final class Official {
  /** A sentence of an article, as fact provenance identifies it. */
  record Where(String file, int start) {}

  final String slug;
  final String side;
  String name;
  final Map<String, List<Where>> roleVotes = new LinkedHashMap<>();
  final List<Where> named = new ArrayList<>();
  final List<Where> onDelegation = new ArrayList<>();
  final List<Where> offDelegation = new ArrayList<>();
  final List<Where> hardliner = new ArrayList<>();
  final List<Where> leads = new ArrayList<>();

  Official(String slug, String side, String name) {
    this.slug = slug;
    this.side = side;
    this.name = name;
  }

  void voteRole(String role, Where w) {
    roleVotes.computeIfAbsent(role, r -> new ArrayList<>()).add(w);
  }

  /** The title given most often (the first given on a tie), or null. */
  String role() {
    String best = null;
    for (Map.Entry<String, List<Where>> e : roleVotes.entrySet()) {
      if (best == null || e.getValue().size() > roleVotes.get(best).size()) {
        best = e.getKey();
      }
    }
    return best;
  }
}
