package org.tradewar.model.economy;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tradewar.model.Country;

/**
 * One importer's market for its rival's goods: the importing firms, the tariff tranches on those
 * goods, and the weekly flows and accounts (MODEL.md section 4).
 *
 * <p>Firms are held as parallel arrays (struct of arrays), sorted by sector, not as objects: the weekly
 * firm loop then touches a few contiguous arrays, which is what lets a million firms run in seconds.
 * Firms with the same sector and the same set of tranches form a <em>cell</em>; prices and flows are
 * computed per cell (a handful per sector), so the per-firm work is only the sourcing decision.
 */
public final class ImportMarket {
  private final Country importer;
  private final List<Sector> sectors;
  private final EconomyParameters p;

  // Firms, sorted by sector: firms of sector s are [sectorStart[s], sectorStart[s+1]).
  private final int[] sectorStart;
  private final double[] firmValue; // weekly baseline imports of the firm, USD bn
  private final double[] firmSwitchCost; // one-off cost of switching, share of annual imports
  private final int[] firmCell;
  private final boolean[] firmAway; // sourcing from a third country

  // Cells: (sector, set of tranches). Grown when tranches are imposed, never in the weekly loop.
  private int cellCount;
  private int[] cellSector = new int[0];
  private long[] cellMask = new long[0];
  private double[] cellRate = new double[0]; // trade-war tariff (fraction) on top of the pre-war level
  private double[] cellPriceFactor = new double[0]; // relative price ^ -elasticity
  private double[] cellBase = new double[0]; // baseline value of all firms in the cell (2017 weights)
  private double[] cellRival = new double[0]; // baseline value of firms still sourcing from the rival
  private double[] cellImports = new double[0]; // current (adjusted) imports
  private double[] cellDiverted = new double[0]; // current (adjusted) imports from third countries
  private final Map<CellKey, Integer> cellIndex = new HashMap<>();
  private long tariffVersion; // bumped whenever any firm's tariff may have changed
  private long evaluatedVersion = -1;
  private double evaluatedHorizon = Double.NaN;

  private final List<Tranche> tranches = new ArrayList<>();
  private final double[] demandFactor; // non-tariff demand shocks (embargoes, cancelled purchases)
  private final double[] frontLoadShare; // extra imports this week, share of imports
  private final double[] pulledForward; // stock of imports pulled forward, to pay back
  private final double[] extraPurchases; // promised purchases being honoured, USD bn per week
  private final double[] purchasesFlow; // purchases actually arriving: they ramp up like other flows
  private final WeeklyAccounts accounts;

  private record CellKey(int sector, long mask) {}

  /** Builds the market with {@code firmCount} firms, drawing their sizes and costs from {@code rng}. */
  public ImportMarket(Country importer, List<Sector> sectors, EconomyParameters p, int firmCount,
      MersenneTwisterFast rng) {
    this.importer = importer;
    this.sectors = List.copyOf(sectors);
    this.p = p;
    int ns = sectors.size();
    int[] perSector = allocateFirms(sectors, Math.max(firmCount, ns));
    int n = Arrays.stream(perSector).sum();
    sectorStart = new int[ns + 1];
    firmValue = new double[n];
    firmSwitchCost = new double[n];
    firmCell = new int[n];
    firmAway = new boolean[n];
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
        firmSwitchCost[f] = p.switchingCostMedian()
            * Math.exp(p.switchingCostDispersion() * rng.nextGaussian());
        firmCell[f] = cell;
        cellBase[cell] += firmValue[f];
        cellRival[cell] += firmValue[f];
      }
      cellImports[cell] = cellRival[cell];
    }
    sectorStart[ns] = f;
    demandFactor = new double[ns];
    Arrays.fill(demandFactor, 1.0);
    frontLoadShare = new double[ns];
    pulledForward = new double[ns];
    extraPurchases = new double[ns];
    purchasesFlow = new double[ns];
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
    Arrays.sort(order, (a, b) -> Double.compare(rem[b], rem[a]) != 0 ? Double.compare(rem[b], rem[a]) : a - b);
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
      cellPriceFactor = Arrays.copyOf(cellPriceFactor, cap);
      cellBase = Arrays.copyOf(cellBase, cap);
      cellRival = Arrays.copyOf(cellRival, cap);
      cellImports = Arrays.copyOf(cellImports, cap);
      cellDiverted = Arrays.copyOf(cellDiverted, cap);
    }
    cellSector[c] = sector;
    cellMask[c] = mask;
    cellIndex.put(new CellKey(sector, mask), c);
    updateCellPrice(c);
    return c;
  }

  private void updateCellPrice(int c) {
    tariffVersion++;
    double rate = 0;
    for (Tranche t : tranches) {
      if ((cellMask[c] & (1L << t.bit())) != 0) {
        rate += t.ratePct() / 100.0;
      }
    }
    cellRate[c] = rate;
    double relative = (1 + p.passThrough() * (p.prewarTariff() + rate)) / (1 + p.passThrough() * p.prewarTariff());
    cellPriceFactor[c] = Math.pow(relative, -p.elasticity());
  }

  // ------------------------------------------------------------------------------------------------
  // Tariffs

  /**
   * Imposes a tranche covering {@code coverageUsdBn} per year of the rival's goods at {@code ratePct}.
   * Coverage goes first to goods no tranche covers yet ({@code stack} false), in proportion to their
   * value, within {@code sectorIds} when given (else all sectors); it is capped by what is left, so a
   * country that imports little from its rival runs out of goods to tax.
   */
  public Tranche impose(String label, double coverageUsdBn, double ratePct, Set<String> sectorIds,
      boolean stack, int week) {
    if (tranches.size() >= 63) {
      throw new IllegalStateException("more than 63 tranches on one market");
    }
    int bit = tranches.size();
    int ns = sectors.size();
    double[] available = new double[ns];
    double totalAvailable = 0;
    for (int s = 0; s < ns; s++) {
      if (sectorIds != null && !sectorIds.isEmpty() && !sectorIds.contains(sectors.get(s).id())) {
        continue;
      }
      for (int f = sectorStart[s]; f < sectorStart[s + 1]; f++) {
        if (stack || cellMask[firmCell[f]] == 0) {
          available[s] += firmValue[f];
        }
      }
      totalAvailable += available[s];
    }
    double wantedWeekly = Math.max(0, coverageUsdBn) / BaselineTrade.WEEKS_PER_YEAR;
    double share = totalAvailable <= 0 ? 0 : Math.min(1.0, wantedWeekly / totalAvailable);
    double covered = 0;
    long bitMask = 1L << bit;
    int[] remap = new int[cellCount]; // old cell -> cell with this tranche added, looked up once
    Arrays.fill(remap, -1);
    for (int s = 0; s < ns; s++) {
      double target = available[s] * share;
      double got = 0;
      for (int f = sectorStart[s]; f < sectorStart[s + 1] && got < target; f++) {
        int c = firmCell[f];
        if (!stack && cellMask[c] != 0) {
          continue;
        }
        // Take whole firms while that brings the covered value closer to the target.
        if (got + firmValue[f] - target > target - got) {
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
    Tranche t = new Tranche(bit, importer, label,
        coverageUsdBn, covered * BaselineTrade.WEEKS_PER_YEAR, ratePct, week);
    tranches.add(t);
    for (int c = 0; c < cellCount; c++) {
      if ((cellMask[c] & bitMask) != 0) {
        updateCellPrice(c);
      }
    }
    return t;
  }

  private void moveFirm(int f, int to) {
    int from = firmCell[f];
    double v = firmValue[f];
    // The firm takes its share of the adjusted flows with it, so aggregate flows do not jump.
    double imports = cellImports[from] * (firmAway[f] ? 0 : (cellRival[from] > 0 ? v / cellRival[from] : 0));
    double diverted = firmAway[f] && (cellBase[from] - cellRival[from]) > 0
        ? cellDiverted[from] * v / (cellBase[from] - cellRival[from]) : 0;
    cellBase[from] -= v;
    cellBase[to] += v;
    if (!firmAway[f]) {
      cellRival[from] -= v;
      cellRival[to] += v;
    }
    cellImports[from] -= imports;
    cellImports[to] += imports;
    cellDiverted[from] -= diverted;
    cellDiverted[to] += diverted;
    firmCell[f] = to;
    tariffVersion++;
  }

  /** Sets a tranche's rate (a raise, or a roll-back). */
  public void setRate(Tranche t, double ratePct) {
    t.setRatePct(Math.max(0, ratePct));
    long bitMask = 1L << t.bit();
    for (int c = 0; c < cellCount; c++) {
      if ((cellMask[c] & bitMask) != 0) {
        updateCellPrice(c);
      }
    }
  }

  public List<Tranche> tranches() {
    return Collections.unmodifiableList(tranches);
  }

  /** Annual value (2017, USD bn) of the rival's goods that no tranche covers yet: what is left to tax. */
  public double uncoveredUsdBn() {
    double v = 0;
    for (int c = 0; c < cellCount; c++) {
      if (cellMask[c] == 0) {
        v += cellBase[c];
      }
    }
    return v * BaselineTrade.WEEKS_PER_YEAR;
  }

  /** Current imports under a tranche (its dutiable base), USD bn per week. */
  public double dutiableImports(Tranche t) {
    long bitMask = 1L << t.bit();
    double v = 0;
    for (int c = 0; c < cellCount; c++) {
      if ((cellMask[c] & bitMask) != 0) {
        v += cellImports[c];
      }
    }
    return v;
  }

  // ------------------------------------------------------------------------------------------------
  // Non-tariff shocks, front-loading and purchases

  /** Multiplies the demand for a sector's imports (an embargo or cancelled purchases: below 1). */
  public void setDemandFactor(String sectorId, double factor) {
    demandFactor[sectorIndex(sectorId)] = Math.max(0, factor);
  }

  /** This week's extra imports pulled forward before a deadline, as a share of the sector's imports. */
  public void setFrontLoading(int sector, double share) {
    frontLoadShare[sector] = Math.max(0, share);
  }

  /** Promised purchases honoured this week, USD bn per week, added to the sector's imports. */
  public void setExtraPurchases(int sector, double usdBnPerWeek) {
    extraPurchases[sector] = Math.max(0, usdBnPerWeek);
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
   * Each firm weighs the tariff it expects to pay over the time it expects the tariff to last against
   * its one-off switching cost. Moving back after tariffs fall costs more (sunk costs), so firms return
   * slowly. {@code expectedPersistenceYears} is the market's belief, moved by the talks.
   *
   * <p>A decision depends only on the firm's tariff, the expected persistence and its own cost, so
   * when neither tariffs nor expectations moved since the last evaluation no firm can change its
   * mind, and the loop is skipped (exactly: the result is the same).
   *
   * @return the number of firm decisions evaluated (every firm, or none when skipped)
   */
  public int stepFirms(double expectedPersistenceYears) {
    double horizon = Math.min(expectedPersistenceYears, p.planningHorizonYears());
    if (!p.evaluateEveryWeek() && horizon == evaluatedHorizon && tariffVersion == evaluatedVersion) {
      return 0;
    }
    evaluatedHorizon = horizon;
    evaluatedVersion = tariffVersion;
    double pt = p.passThrough();
    double premium = p.thirdCountryPremium();
    double backHorizon = p.planningHorizonYears();
    double backMult = p.switchBackMultiplier();
    final int n = firmValue.length;
    for (int f = 0; f < n; f++) {
      int c = firmCell[f];
      double tariff = cellRate[c] * pt;
      if (!firmAway[f]) {
        if ((tariff - premium) * horizon > firmSwitchCost[f]) {
          firmAway[f] = true;
          cellRival[c] -= firmValue[f];
        }
      } else if ((premium - tariff) * backHorizon > firmSwitchCost[f] * backMult) {
        firmAway[f] = false;
        cellRival[c] += firmValue[f];
      }
    }
    return n;
  }

  /**
   * Moves every cell's imports part of the way to the level the current prices and sourcing imply
   * (constant elasticity, partial adjustment), then fills the week's accounts.
   */
  public WeeklyAccounts stepFlows() {
    WeeklyAccounts a = accounts;
    double lambda = p.adjustmentRate();
    double pt = p.passThrough();
    double premium = p.thirdCountryPremium();
    int ns = sectors.size();
    for (int s = 0; s <= ns; s++) {
      a.imports[s] = 0;
      a.baseline[s] = 0;
      a.diverted[s] = 0;
      a.revenue[s] = 0;
      a.consumerCost[s] = 0;
      a.deadweightLoss[s] = 0;
      a.avgTariffPct[s] = 0;
      a.rivalShare[s] = 0;
    }
    for (int c = 0; c < cellCount; c++) {
      int s = cellSector[c];
      double rival = Math.max(0, cellRival[c]);
      double target = rival * cellPriceFactor[c] * demandFactor[s];
      double imports = cellImports[c] + lambda * (target - cellImports[c]);
      double away = Math.max(0, cellBase[c] - rival);
      double diverted = cellDiverted[c] + lambda * (away - cellDiverted[c]);
      cellImports[c] = Math.max(0, imports);
      cellDiverted[c] = Math.max(0, diverted);
      double rate = cellRate[c];
      a.imports[s] += cellImports[c];
      a.diverted[s] += cellDiverted[c];
      a.revenue[s] += rate * cellImports[c];
      a.deadweightLoss[s] += 0.5 * pt * rate * Math.max(0, rival - cellImports[c]);
      a.consumerCost[s] += pt * rate * cellImports[c] + premium * cellDiverted[c];
      a.avgTariffPct[s] += rate * cellBase[c];
      a.rivalShare[s] += rival;
    }
    for (int s = 0; s < ns; s++) {
      double base = sectors.get(s).weeklyBaselineUsdBn();
      // Front-loading: pull imports forward before a deadline, pay them back afterwards.
      double pulled = frontLoadShare[s] * a.imports[s];
      double payback = frontLoadShare[s] > 0 ? 0 : pulledForward[s] * p.paybackRate();
      pulledForward[s] += pulled - payback;
      // Buying takes time to organise: purchases move to their promised level with the same partial
      // adjustment as every other flow, and fall away the same way when they stop.
      purchasesFlow[s] += lambda * (extraPurchases[s] - purchasesFlow[s]);
      a.imports[s] += pulled - payback + purchasesFlow[s];
      a.imports[s] = Math.max(0, a.imports[s]);
      a.baseline[s] = base;
      a.avgTariffPct[s] = 100 * (p.prewarTariff() + (base > 0 ? a.avgTariffPct[s] / base : 0));
      a.rivalShare[s] = base > 0 ? a.rivalShare[s] / base : 1;
      int t = ns;
      a.imports[t] += a.imports[s];
      a.baseline[t] += base;
      a.diverted[t] += a.diverted[s];
      a.revenue[t] += a.revenue[s];
      a.consumerCost[t] += a.consumerCost[s];
      a.deadweightLoss[t] += a.deadweightLoss[s];
      a.avgTariffPct[t] += a.avgTariffPct[s] * base;
      a.rivalShare[t] += a.rivalShare[s] * base;
    }
    a.avgTariffPct[ns] /= a.baseline[ns];
    a.rivalShare[ns] /= a.baseline[ns];
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

  /** Share of a sector's baseline value that no tranche covers yet (where a new tranche would fall). */
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
