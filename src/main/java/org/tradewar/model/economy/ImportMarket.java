package org.tradewar.model.economy;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradewar.vocabulary.Country;

/**
 * One importer's market for its rival's goods: the importing firms, the tariff tranches on those
 * goods, and the weekly flows and accounts (docs/model.md, "Economy").
 *
 * <p>Each sector's demand is a two-level CES ({@link NestedCes}): the rival's goods against other
 * foreign goods, and imports against domestic goods. Its response has two horizons. Every importer
 * responds at the short-run elasticities, moving {@code shortRunRate} of the way to its new bundle
 * each week (orders placed before a tariff still arrive). A firm that expects the tariff to cost
 * more than its one-off cost of finding and qualifying other suppliers re-sources: from then on it
 * responds at the long-run elasticities, reaching them at the slower {@code longRunRate}.
 *
 * <p>The bundle each importer holds is the compensated demand of the prices it has adjusted to, so
 * its cost at today's prices, less the no-war cost, is the exact compensating variation once
 * adjustment is complete, and its cost at no-war prices, less the no-war cost, is the deadweight
 * loss. What importers buy is that bundle scaled to the sector's no-war spending (the uncompensated
 * demand of a Cobb-Douglas upper tier, as in Fajgelbaum et al. 2020), the budget binding at the
 * short-run pace: the flows in the accounts.
 *
 * <p>Firms are held as parallel arrays (struct of arrays), sorted by sector, not as objects: the
 * weekly firm loop then touches a few contiguous arrays, which is what lets a million firms run in
 * seconds. Firms with the same sector and the same set of tranches form a <em>cell</em>; prices,
 * bundles and flows are computed per cell (a handful per sector), so the per-firm work is only the
 * decision to re-source.
 */
public final class ImportMarket {
  private static final int RIVAL = 0;
  private static final int OTHERS = 1;
  private static final int HOME = 2;

  private final Country importer;
  private final List<Sector> sectors;
  private final EconomyParameters p;

  // Per sector: the demand systems and the no-war spending per dollar of the rival's goods.
  private final NestedCes[] shortRun;
  private final NestedCes[] longRun;
  private final double[]
      othersPerRival; // other foreign goods, customs value per dollar of the rival's
  private final double[] homePerRival; // domestic goods, spending per dollar of the rival's goods
  private final double[] spendingPerRival; // all of the sector's spending, tariff-inclusive

  // Firms, sorted by sector: firms of sector s are [sectorStart[s], sectorStart[s+1]).
  private final int[] sectorStart;
  private final double[] firmValue; // weekly baseline imports of the firm, USD bn
  private final double[] firmSwitchCost; // one-off cost of re-sourcing, share of annual imports
  private final int[] firmCell;
  private final boolean[]
      firmResourced; // has found other suppliers: responds at the long-run elasticities

  // Cells: (sector, set of tranches). Grown when tranches are imposed, never in the weekly loop.
  private int cellCount;
  private int[] cellSector = new int[0];
  private long[] cellMask = new long[0];
  private double[] cellRate =
      new double[0]; // trade-war tariff (fraction) on top of the pre-war level
  private double[] cellPrice =
      new double[0]; // the rival's tariff-inclusive price relative to no-war
  private double[] cellExporterPrice =
      new double[0]; // what the rival's exporters receive, relative
  private double[][] cellShortTarget = new double[3][0]; // compensated demand ratios, short run
  private double[][] cellLongTarget = new double[3][0]; // and long run
  private double[] cellBase = new double[0]; // no-war rival imports of all firms in the cell
  private double[] cellResourced = new double[0]; // of which firms that re-sourced
  private double[][] cellBundle =
      new double[3][0]; // short-run bundle of all firms, in no-war rival dollars
  private double[][] cellExtra =
      new double[3][0]; // the re-sourced firms' further move to the long run
  private double[] cellShortCost =
      new double[0]; // P at the short-run elasticities: cost of the no-war utility
  private double[] cellLongCost = new double[0]; // and at the long-run ones
  private double[] cellBudget =
      new double[0]; // share of the bundle the no-war spending buys, as it adjusts
  private final Map<CellKey, Integer> cellIndex = new HashMap<>();
  private long tariffVersion; // bumped whenever any firm's tariff may have changed
  private long evaluatedVersion = -1;
  private double evaluatedHorizon = Double.NaN;

  private final List<Tranche> tranches = new ArrayList<>();
  private final double[] demandFactor; // non-tariff demand shocks (embargoes, cancelled purchases)
  private final double[] shock; // the shock as it takes effect (same pace as other flows)
  private final double[] frontLoadShare; // extra imports this week, share of imports
  private final double[] pulledForward; // stock of imports pulled forward, to pay back
  private final double[] extraPurchases; // promised purchases being honoured, USD bn per week
  private final double[]
      purchasesFlow; // purchases actually arriving: they ramp up like other flows
  private final double[] othersFlow; // scratch: imports from other foreign suppliers this week
  private double growth = 1.0; // the no-war baseline's growth since 2017
  private final WeeklyAccounts accounts;

  private record CellKey(int sector, long mask) {}

  /**
   * Builds the market with {@code firmCount} firms, drawing their sizes and costs from {@code rng}.
   */
  public ImportMarket(
      Country importer,
      List<Sector> sectors,
      EconomyParameters p,
      int firmCount,
      MersenneTwisterFast rng) {
    this.importer = importer;
    this.sectors = List.copyOf(sectors);
    this.p = p;
    int ns = sectors.size();
    shortRun = new NestedCes[ns];
    longRun = new NestedCes[ns];
    othersPerRival = new double[ns];
    homePerRival = new double[ns];
    spendingPerRival = new double[ns];
    for (Sector s : sectors) {
      int i = s.index();
      shortRun[i] = p.demand(s, false);
      longRun[i] = p.demand(s, true);
      othersPerRival[i] = (1 - s.rivalShare()) / s.rivalShare();
      double foreign = (1 + p.prewarTariff()) / s.rivalShare();
      spendingPerRival[i] = foreign / s.importShare();
      homePerRival[i] = spendingPerRival[i] - foreign;
    }
    int[] perSector = allocateFirms(sectors, Math.max(firmCount, ns));
    int n = Arrays.stream(perSector).sum();
    sectorStart = new int[ns + 1];
    firmValue = new double[n];
    firmSwitchCost = new double[n];
    firmCell = new int[n];
    firmResourced = new boolean[n];
    int f = 0;
    for (int s = 0; s < ns; s++) {
      sectorStart[s] = f;
      int cell = cellFor(s, 0L);
      double sum = 0;
      for (int i = 0; i < perSector[s]; i++) {
        firmValue[f + i] = Math.exp(p.sizeDispersion() * rng.nextGaussian());
        sum += firmValue[f + i];
      }
      double weekly = sectors.get(s).weeklyBaselineUsdBn();
      for (int i = 0; i < perSector[s]; i++, f++) {
        firmValue[f] *= weekly / sum;
        firmSwitchCost[f] =
            p.switchingCostMedian() * Math.exp(p.switchingCostDispersion() * rng.nextGaussian());
        firmCell[f] = cell;
        cellBase[cell] += firmValue[f];
      }
      for (int g = 0; g < 3; g++) {
        cellBundle[g][cell] = cellBase[cell];
      }
    }
    sectorStart[ns] = f;
    demandFactor = new double[ns];
    Arrays.fill(demandFactor, 1.0);
    shock = new double[ns];
    Arrays.fill(shock, 1.0);
    frontLoadShare = new double[ns];
    pulledForward = new double[ns];
    extraPurchases = new double[ns];
    purchasesFlow = new double[ns];
    othersFlow = new double[ns];
    accounts = new WeeklyAccounts(ns);
  }

  /** Firms per sector in proportion to trade value (largest remainder), at least one each. */
  static int[] allocateFirms(List<Sector> sectors, int firmCount) {
    int ns = sectors.size();
    double total = sectors.stream().mapToDouble(Sector::annualBaselineUsdBn).sum();
    int[] n = new int[ns];
    double[] rem = new double[ns];
    int left = firmCount - ns;
    int used = 0;
    for (int s = 0; s < ns; s++) {
      double exact = left * sectors.get(s).annualBaselineUsdBn() / total;
      n[s] = 1 + (int) Math.floor(exact);
      rem[s] = exact - Math.floor(exact);
      used += n[s];
    }
    Integer[] order = new Integer[ns];
    for (int s = 0; s < ns; s++) {
      order[s] = s;
    }
    Arrays.sort(
        order,
        (a, b) -> Double.compare(rem[b], rem[a]) != 0 ? Double.compare(rem[b], rem[a]) : a - b);
    for (int i = 0; used < firmCount; i++, used++) {
      n[order[i % ns]]++;
    }
    return n;
  }

  private int cellFor(int sector, long mask) {
    Integer idx = cellIndex.get(new CellKey(sector, mask));
    if (idx != null) {
      return idx;
    }
    int c = cellCount++;
    if (c >= cellSector.length) {
      int cap = Math.max(16, cellSector.length * 2);
      cellSector = Arrays.copyOf(cellSector, cap);
      cellMask = Arrays.copyOf(cellMask, cap);
      cellRate = Arrays.copyOf(cellRate, cap);
      cellPrice = Arrays.copyOf(cellPrice, cap);
      cellExporterPrice = Arrays.copyOf(cellExporterPrice, cap);
      cellBase = Arrays.copyOf(cellBase, cap);
      cellResourced = Arrays.copyOf(cellResourced, cap);
      cellShortCost = Arrays.copyOf(cellShortCost, cap);
      cellLongCost = Arrays.copyOf(cellLongCost, cap);
      cellBudget = Arrays.copyOf(cellBudget, cap);
      for (int g = 0; g < 3; g++) {
        cellShortTarget[g] = Arrays.copyOf(cellShortTarget[g], cap);
        cellLongTarget[g] = Arrays.copyOf(cellLongTarget[g], cap);
        cellBundle[g] = Arrays.copyOf(cellBundle[g], cap);
        cellExtra[g] = Arrays.copyOf(cellExtra[g], cap);
      }
    }
    cellSector[c] = sector;
    cellMask[c] = mask;
    cellBudget[c] = 1.0;
    cellIndex.put(new CellKey(sector, mask), c);
    updateCellPrice(c);
    return c;
  }

  private final double[] scratch = new double[4];

  /**
   * The cell's prices and the demand they imply. The importer's price rises by the pass-through
   * times the tariff ({@code 1 + t0 + pass_through * tau} against {@code 1 + t0} before the war);
   * the exporter receives that price divided by the whole tariff.
   */
  private void updateCellPrice(int c) {
    tariffVersion++;
    int s = cellSector[c];
    double rate = 0;
    for (Tranche t : tranches) {
      if ((cellMask[c] & (1L << t.bit())) != 0) {
        rate += t.ratePct(s) / 100.0;
      }
    }
    cellRate[c] = rate;
    double t0 = p.prewarTariff();
    double inclusive = 1 + t0 + p.passThrough() * rate;
    cellPrice[c] = inclusive / (1 + t0);
    cellExporterPrice[c] = inclusive / (1 + t0 + rate);
    shortRun[s].demand(cellPrice[c], scratch);
    for (int g = 0; g < 3; g++) {
      cellShortTarget[g][c] = scratch[g];
    }
    cellShortCost[c] = scratch[3];
    longRun[s].demand(cellPrice[c], scratch);
    for (int g = 0; g < 3; g++) {
      cellLongTarget[g][c] = scratch[g];
    }
    cellLongCost[c] = scratch[3];
  }

  // ------------------------------------------------------------------------------------------------
  // Tariffs

  /**
   * Imposes a tranche covering {@code coverageUsdBn} per year of the rival's goods at {@code
   * ratePct}, within {@code sectorIds} when given (else all sectors). Same as {@link
   * #impose(String, double, double, List, boolean, boolean, int)} with one tier that does not spill
   * over.
   */
  public Tranche impose(
      String label,
      double coverageUsdBn,
      double ratePct,
      Set<String> sectorIds,
      boolean stack,
      int week) {
    boolean all = sectorIds == null || sectorIds.isEmpty();
    return impose(
        label, coverageUsdBn, ratePct, all ? List.of() : List.of(sectorIds), all, stack, week);
  }

  /**
   * Imposes a tranche covering {@code coverageUsdBn} per year of the rival's goods at {@code
   * ratePct}. Coverage fills the {@code tiers} of sectors in order: the goods of a tier, in
   * proportion to their value, before any of the next. With {@code spill}, what the tiers cannot
   * hold goes to all other sectors in proportion to value (an empty list of tiers and {@code spill}
   * is the whole market in proportion). Coverage goes to goods no tranche covers yet ({@code stack}
   * false) and is capped by what is left, so a country that imports little from its rival runs out
   * of goods to tax.
   */
  public Tranche impose(
      String label,
      double coverageUsdBn,
      double ratePct,
      List<Set<String>> tiers,
      boolean spill,
      boolean stack,
      int week) {
    if (tranches.size() >= 63) {
      throw new IllegalStateException("more than 63 tranches on one market");
    }
    int bit = tranches.size();
    int ns = sectors.size();
    double[] available = new double[ns];
    for (int s = 0; s < ns; s++) {
      for (int f = sectorStart[s]; f < sectorStart[s + 1]; f++) {
        if (stack || cellMask[firmCell[f]] == 0) {
          available[s] += firmValue[f];
        }
      }
    }
    double[] target =
        fillTiers(
            available, Math.max(0, coverageUsdBn) / BaselineTrade.WEEKS_PER_YEAR, tiers, spill);
    double covered = 0;
    long bitMask = 1L << bit;
    int[] remap = new int[cellCount]; // old cell -> cell with this tranche added, looked up once
    Arrays.fill(remap, -1);
    for (int s = 0; s < ns; s++) {
      double got = 0;
      for (int f = sectorStart[s]; f < sectorStart[s + 1] && got < target[s]; f++) {
        int c = firmCell[f];
        if (!stack && cellMask[c] != 0) {
          continue;
        }
        // Take whole firms while that brings the covered value closer to the target.
        if (got + firmValue[f] - target[s] > target[s] - got) {
          break;
        }
        if (remap[c] < 0) {
          remap[c] = cellFor(s, cellMask[c] | bitMask);
        }
        moveFirm(f, remap[c]);
        got += firmValue[f];
      }
      covered += got;
    }
    Tranche t =
        new Tranche(
            bit,
            importer,
            label,
            coverageUsdBn,
            covered * BaselineTrade.WEEKS_PER_YEAR,
            ratePct,
            week,
            ns);
    tranches.add(t);
    refreshCells(bitMask);
    return t;
  }

  /** How much of each sector a tranche of {@code wanted} (weekly) takes, tier by tier. */
  private double[] fillTiers(
      double[] available, double wanted, List<Set<String>> tiers, boolean spill) {
    int ns = sectors.size();
    double[] take = new double[ns];
    boolean[] used = new boolean[ns];
    List<boolean[]> order = new ArrayList<>();
    for (Set<String> tier : tiers) {
      boolean[] in = new boolean[ns];
      for (int s = 0; s < ns; s++) {
        in[s] = tier.contains(sectors.get(s).id()) && !used[s];
        used[s] |= in[s];
      }
      order.add(in);
    }
    if (spill) {
      boolean[] rest = new boolean[ns];
      for (int s = 0; s < ns; s++) {
        rest[s] = !used[s];
      }
      order.add(rest);
    }
    double left = wanted;
    for (boolean[] in : order) {
      double room = 0;
      for (int s = 0; s < ns; s++) {
        room += in[s] ? available[s] : 0;
      }
      double share = room <= 0 ? 0 : Math.min(1.0, left / room);
      for (int s = 0; s < ns; s++) {
        if (in[s]) {
          take[s] = available[s] * share;
        }
      }
      left -= Math.min(left, room);
      if (left <= 0) {
        break;
      }
    }
    return take;
  }

  /** A firm changes cell, taking its share of the cell's bundles with it, so flows do not jump. */
  private void moveFirm(int f, int to) {
    int from = firmCell[f];
    double v = firmValue[f];
    double share = cellBase[from] > 0 ? v / cellBase[from] : 0;
    double extraShare = firmResourced[f] && cellResourced[from] > 0 ? v / cellResourced[from] : 0;
    for (int g = 0; g < 3; g++) {
      double b = cellBundle[g][from] * share;
      cellBundle[g][from] -= b;
      cellBundle[g][to] += b;
      double e = cellExtra[g][from] * extraShare;
      cellExtra[g][from] -= e;
      cellExtra[g][to] += e;
    }
    if (cellBase[to] + v > 0) {
      cellBudget[to] = (cellBudget[to] * cellBase[to] + cellBudget[from] * v) / (cellBase[to] + v);
    }
    cellBase[from] -= v;
    cellBase[to] += v;
    if (firmResourced[f]) {
      cellResourced[from] -= v;
      cellResourced[to] += v;
    }
    firmCell[f] = to;
    tariffVersion++;
  }

  /** Sets a tranche's rate for all its goods (a raise, or a roll-back). */
  public void setRate(Tranche t, double ratePct) {
    t.setRatePct(Math.max(0, ratePct));
    refreshCells(1L << t.bit());
  }

  /** Sets the rate a tranche charges on the goods of some sectors only (a cut that drops goods). */
  public void setRate(Tranche t, double ratePct, Set<String> sectorIds) {
    if (sectorIds == null || sectorIds.isEmpty()) {
      setRate(t, ratePct);
      return;
    }
    for (String id : sectorIds) {
      t.setSectorRatePct(sectorIndex(id), Math.max(0, ratePct));
    }
    refreshCells(1L << t.bit());
  }

  private void refreshCells(long bitMask) {
    for (int c = 0; c < cellCount; c++) {
      if ((cellMask[c] & bitMask) != 0) {
        updateCellPrice(c);
      }
    }
  }

  public List<Tranche> tranches() {
    return Collections.unmodifiableList(tranches);
  }

  /**
   * Annual value (2017, USD bn) of the rival's goods that no tranche covers yet: what is left to
   * tax.
   */
  public double uncoveredUsdBn() {
    double v = 0;
    for (int c = 0; c < cellCount; c++) {
      if (cellMask[c] == 0) {
        v += cellBase[c];
      }
    }
    return v * BaselineTrade.WEEKS_PER_YEAR;
  }

  /** Current imports under a tranche (its dutiable base, at customs value), USD bn per week. */
  public double dutiableImports(Tranche t) {
    long bitMask = 1L << t.bit();
    double v = 0;
    for (int c = 0; c < cellCount; c++) {
      if ((cellMask[c] & bitMask) != 0) {
        v += rivalImports(c);
      }
    }
    return v;
  }

  /** This week's imports from the rival in cell c at customs value, USD bn per week. */
  private double rivalImports(int c) {
    double rival = Math.max(0, cellBundle[RIVAL][c] + cellExtra[RIVAL][c]);
    return growth * shock[cellSector[c]] * cellExporterPrice[c] * cellBudget[c] * rival;
  }

  // ------------------------------------------------------------------------------------------------
  // Non-tariff shocks, front-loading, purchases and growth

  /** Multiplies the demand for a sector's imports (an embargo or cancelled purchases: below 1). */
  public void setDemandFactor(String sectorId, double factor) {
    demandFactor[sectorIndex(sectorId)] = Math.max(0, factor);
  }

  /**
   * This week's extra imports pulled forward before a deadline, as a share of the sector's imports.
   */
  public void setFrontLoading(int sector, double share) {
    frontLoadShare[sector] = Math.max(0, share);
  }

  /** Promised purchases honoured this week, USD bn per week, added to the sector's imports. */
  public void setExtraPurchases(int sector, double usdBnPerWeek) {
    extraPurchases[sector] = Math.max(0, usdBnPerWeek);
  }

  /**
   * The no-war baseline this week as a multiple of 2017's: every flow of the market scales with it.
   */
  public void setGrowth(double factor) {
    growth = factor;
  }

  /** Promised purchases arriving this week (after the ramp), USD bn per week, all sectors. */
  public double purchasesArriving() {
    double total = 0;
    for (double v : purchasesFlow) {
      total += v;
    }
    return total;
  }

  public int sectorIndex(String sectorId) {
    for (Sector s : sectors) {
      if (s.id().equals(sectorId)) {
        return s.index();
      }
    }
    throw new IllegalArgumentException("no sector '" + sectorId + "' in " + importer + " imports");
  }

  // ------------------------------------------------------------------------------------------------
  // Weekly steps

  /**
   * Each firm that has not re-sourced weighs the duties it expects to pay over the time it expects
   * the tariff to last against its one-off cost of finding and qualifying other suppliers (Handley
   * and Limao 2017: the expected persistence of a tariff decides whether sunk sourcing costs are
   * paid). A firm that re-sources keeps its new suppliers: it responds at the long-run elasticities
   * from then on, in both directions. {@code expectedPersistenceYears} is the market's belief,
   * moved by the talks.
   *
   * <p>A decision depends only on the firm's tariff, the expected persistence and its own cost, so
   * when neither tariffs nor expectations moved since the last evaluation no firm can change its
   * mind, and the loop is skipped (exactly: the result is the same).
   *
   * @return the number of firm decisions evaluated (every firm, or none when skipped)
   */
  public int stepFirms(double expectedPersistenceYears) {
    double horizon = Math.min(expectedPersistenceYears, p.planningHorizonYears());
    if (!p.evaluateEveryWeek()
        && horizon == evaluatedHorizon
        && tariffVersion == evaluatedVersion) {
      return 0;
    }
    evaluatedHorizon = horizon;
    evaluatedVersion = tariffVersion;
    double pt = p.passThrough();
    final int n = firmValue.length;
    for (int f = 0; f < n; f++) {
      if (!firmResourced[f]) {
        int c = firmCell[f];
        if (cellRate[c] * pt * horizon > firmSwitchCost[f]) {
          firmResourced[f] = true;
          cellResourced[c] += firmValue[f];
        }
      }
    }
    return n;
  }

  /**
   * Moves every cell's bundles part of the way to the demand the current prices imply, then fills
   * the week's accounts (all values grow with the no-war baseline).
   */
  public WeeklyAccounts stepFlows() {
    WeeklyAccounts a = accounts;
    a.clear();
    double fast = p.shortRunRate();
    double slow = p.longRunRate();
    double t0 = p.prewarTariff();
    int ns = sectors.size();
    Arrays.fill(othersFlow, 0);
    for (int s = 0; s < ns; s++) {
      shock[s] += fast * (demandFactor[s] - shock[s]);
    }
    for (int c = 0; c < cellCount; c++) {
      int s = cellSector[c];
      double base = cellBase[c];
      double resourced = cellResourced[c];
      for (int g = 0; g < 3; g++) {
        cellBundle[g][c] += fast * (base * cellShortTarget[g][c] - cellBundle[g][c]);
        double extra = resourced * (cellLongTarget[g][c] - cellShortTarget[g][c]);
        cellExtra[g][c] += slow * (extra - cellExtra[g][c]);
      }
      double rival = Math.max(0, cellBundle[RIVAL][c] + cellExtra[RIVAL][c]);
      double others = Math.max(0, cellBundle[OTHERS][c] + cellExtra[OTHERS][c]);
      double home = Math.max(0, cellBundle[HOME][c] + cellExtra[HOME][c]);
      double rate = cellRate[c];
      double price = cellPrice[c];
      double exporter = cellExporterPrice[c];
      double w = othersPerRival[s];
      double d = homePerRival[s];
      double noWarCost = spendingPerRival[s] * base;
      // Tariff-inclusive cost of the bundle at today's prices and at no-war prices.
      double cost = (1 + t0) * (price * rival + w * others) + d * home;
      double costNoWar = (1 + t0) * (rival + w * others) + d * home;
      a.consumerCost[s] += cost - noWarCost;
      a.deadweightLoss[s] += costNoWar - noWarCost;
      // What importers buy: the bundle within the sector's no-war spending (FGKK's Cobb-Douglas
      // upper tier), so the flows are the uncompensated demand. The budget binds as orders turn
      // over, at the short-run pace: goods in transit are paid for, duty and all.
      double targetCost =
          spendingPerRival[s]
              * ((base - resourced) * cellShortCost[c] + resourced * cellLongCost[c]);
      double budget = targetCost > 0 ? noWarCost / targetCost : 1;
      cellBudget[c] += fast * (budget - cellBudget[c]);
      double k = cellBudget[c];
      double bought = k * rival;
      double imports = exporter * bought * shock[s];
      a.imports[s] += imports;
      othersFlow[s] += w * k * others;
      a.diverted[s] += w * (k * others - base);
      a.domestic[s] += d * (k * home - base);
      a.revenue[s] += rate * imports;
      a.harberger[s] += 0.5 * (1 + t0) * (price - 1) * (base - bought);
      a.termsOfTrade[s] += rate * imports - (1 + t0) * (price - 1) * bought * shock[s];
      a.avgTariffPct[s] += rate * base;
      a.resourcedShare[s] += resourced;
    }
    for (int s = 0; s < ns; s++) {
      double base = sectors.get(s).weeklyBaselineUsdBn();
      a.imports[s] *= growth;
      a.revenue[s] *= growth;
      a.diverted[s] *= growth;
      a.domestic[s] *= growth;
      a.consumerCost[s] *= growth;
      a.deadweightLoss[s] *= growth;
      a.harberger[s] *= growth;
      a.termsOfTrade[s] *= growth;
      double others = othersFlow[s] * growth;
      // Front-loading: pull imports forward before a deadline, pay them back afterwards.
      double pulled = frontLoadShare[s] * a.imports[s];
      double payback = frontLoadShare[s] > 0 ? 0 : pulledForward[s] * p.paybackRate();
      pulledForward[s] += pulled - payback;
      // Buying takes time to organise: purchases move to their promised level with the same partial
      // adjustment as every other flow, and fall away the same way when they stop.
      purchasesFlow[s] += fast * (extraPurchases[s] - purchasesFlow[s]);
      a.imports[s] = Math.max(0, a.imports[s] + pulled - payback + purchasesFlow[s]);
      a.baseline[s] = base * growth;
      a.avgTariffPct[s] = 100 * (p.prewarTariff() + (base > 0 ? a.avgTariffPct[s] / base : 0));
      a.resourcedShare[s] = base > 0 ? a.resourcedShare[s] / base : 0;
      a.rivalShare[s] = a.imports[s] + others > 0 ? a.imports[s] / (a.imports[s] + others) : 0;
      a.othersImports[s] = others;
      a.othersBaseline[s] = othersPerRival[s] * base * growth;
      a.addToTotal(s);
    }
    a.finishTotal();
    return a;
  }

  public WeeklyAccounts accounts() {
    return accounts;
  }

  public Country importer() {
    return importer;
  }

  public List<Sector> sectors() {
    return sectors;
  }

  public int firmCount() {
    return firmValue.length;
  }

  public EconomyParameters parameters() {
    return p;
  }

  /** Share of a sector's baseline value that a tranche covers. */
  public double coveredShare(Tranche t, int sector) {
    long bitMask = 1L << t.bit();
    double covered = 0;
    for (int c = 0; c < cellCount; c++) {
      if (cellSector[c] == sector && (cellMask[c] & bitMask) != 0) {
        covered += cellBase[c];
      }
    }
    double base = sectors.get(sector).weeklyBaselineUsdBn();
    return base > 0 ? covered / base : 0;
  }

  /**
   * Share of a sector's baseline value that no tranche covers yet (where a new tranche would fall).
   */
  public double uncoveredShare(int sector) {
    double uncovered = 0;
    for (int c = 0; c < cellCount; c++) {
      if (cellSector[c] == sector && cellMask[c] == 0) {
        uncovered += cellBase[c];
      }
    }
    double base = sectors.get(sector).weeklyBaselineUsdBn();
    return base > 0 ? uncovered / base : 0;
  }
}
