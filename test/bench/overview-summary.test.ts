/**
 * The overview's first switches, as `npm run bench` reports them: the worst
 * frame of each way over fresh pages, frames over 50 ms counted as a display
 * frame reads them (three frames read up to 50.1 ms and are not over), and
 * the targets that follow from them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OVER_50_MS, summariseOverview, type OverviewStats } from '../../bench/overview';
import { formatTable, type BenchResult } from '../../bench/run';

const page = (intoDetail: number[], intoOverview: number[], panMissedPct: number): OverviewStats => ({
  intoDetailMax: Math.max(...intoDetail),
  intoDetailOver50: intoDetail.filter((d) => d > OVER_50_MS).length,
  intoOverviewMax: Math.max(...intoOverview),
  intoOverviewOver50: intoOverview.filter((d) => d > OVER_50_MS).length,
  panFrames: 95,
  panP95: 16.8,
  panMax: 33.3,
  panMissedPct,
});

describe('the overview summary', () => {
  it('takes the worst frame each way, counts frames of four display frames or more, and the median pan', () => {
    const summary = summariseOverview([page([16.8, 50.1], [33.3], 1.1), page([66.7, 33.4], [50, 49.9], 4.2), page([33.3], [83.4], 2)]);
    expect(summary).toMatchObject({ pages: 3, intoDetailWorst: 66.7, intoOverviewWorst: 83.4, intoDetailOver50: 1, intoOverviewOver50: 1 });
    expect(summary.panMissedPct).toBe(2);
    expect(summary.panMissedWorstPct).toBe(4.2);
  });

  it('meets the switch target only with no frame over 50 ms, and the pan target under 5 % of frames missed', () => {
    const recorded = (JSON.parse(readFileSync('bench/results.json', 'utf8')) as Record<string, BenchResult>).throttle1!;
    const withOverview = (pages: OverviewStats[]): BenchResult => ({
      ...recorded,
      sizes: recorded.sizes.map((s) => ({ ...s, portolan: { ...s.portolan, overview: summariseOverview(pages) } })),
    });
    const size = recorded.sizes.at(-1)!.size;
    const smooth = formatTable(withOverview([page([50.1, 33.3], [33.4], 1), page([50], [16.8], 3)]));
    expect(smooth).toMatch(new RegExp(`- ${size}: switching between overview and detail, no frame over 50 ms \\(2 first switches .*: met`));
    expect(smooth).toMatch(new RegExp(`- ${size}: panning the overview misses < 5 % of frames \\(median page 1 %\\): met`));
    const hitch = formatTable(withOverview([page([66.7], [33.4], 6), page([33.3], [33.3], 7)]));
    expect(hitch).toMatch(
      new RegExp(`- ${size}: switching between overview and detail, no frame over 50 ms .*1 over\\): \\*\\*missed\\*\\*`),
    );
    expect(hitch).toMatch(new RegExp(`- ${size}: panning the overview misses < 5 % of frames .*: \\*\\*missed\\*\\*`));
  });
});
