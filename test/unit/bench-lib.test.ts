import { describe, expect, it } from 'vitest';
import peopleJson from '../../data/people.json';
import type { Person } from '../../utils/dataset/types';
import { generateArticles, generatePage, seededRandom, textLengthOf } from '../../bench/lib/pages';
import { figure, median, outermostTotal, ratios } from '../../bench/lib/stats';
import { summaryTable, verdicts } from '../../bench/lib/targets';
import { peerTerms } from '../../bench/lib/terms';
import { taskFigures, type TraceEvent } from '../../bench/lib/trace';

describe('generated pages', () => {
  it('are the same for the same seed and differ for another', () => {
    const spec = { name: 'x', textChars: 20_000, seed: 3 };
    expect(generatePage(spec).html).toBe(generatePage(spec).html);
    expect(generatePage({ ...spec, seed: 4 }).html).not.toBe(generatePage(spec).html);
  });

  it('hold at least the text asked for, with mentions and near-misses', () => {
    const page = generatePage({ name: 'x', textChars: 100_000, seed: 1 });
    expect(page.textChars).toBeGreaterThanOrEqual(100_000);
    expect(page.textChars).toBeLessThan(110_000);
    expect(page.html).toContain('Paris Jackson');
    expect(page.html).toContain('Cara Delevingne');
    expect(page.html).toMatch(/Paris Hilton|Michael Jackson|Janet Jackson|Jackson Pollock/);
    expect(page.html).not.toContain('benchStorm');
  });

  it('add the storm script only to the storm page', () => {
    const page = generatePage({ name: 'storm', textChars: 5_000, seed: 1, storm: true });
    expect(page.html).toContain('window.benchStorm');
    expect(page.html).toContain('id="clock"');
  });

  it('count text without markup, and append articles of the size asked', () => {
    expect(textLengthOf('<p>ab <b>cd</b></p>')).toBe(5);
    const more = generateArticles(5_000, seededRandom(9), 1);
    expect(more.textChars).toBe(textLengthOf(more.html));
    expect(more.textChars).toBeGreaterThanOrEqual(5_000);
  });
});

describe('stats', () => {
  it('takes medians of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('pairs ratios run by run and rounds figures', () => {
    expect(ratios([10, 30], [5, 10])).toEqual([2, 3]);
    expect(figure('f', 'p', 'ms', [1.23456, 2, 3])).toEqual({ name: 'f', page: 'p', median: 2, unit: 'ms', runs: [1.235, 2, 3] });
  });

  it('counts a measure nested in another once, and equal ones once', () => {
    expect(outermostTotal([{ start: 0, ms: 10 }, { start: 2, ms: 5 }, { start: 20, ms: 1 }])).toBe(11);
    expect(outermostTotal([{ start: 0, ms: 4 }, { start: 0, ms: 4 }])).toBe(4);
  });
});

describe('targets', () => {
  it('pass or miss on the median, the worst run for counts, and the largest page only for the heap', () => {
    const list = verdicts(
      [
        figure('scan-vs-bare', '50k', 'ratio', [1.5, 1.9, 9]),
        figure('scan-vs-bare', '5m', 'ratio', [3, 3, 3]),
        figure('storm-full-scans', 'storm', 'count', [0, 0, 1]),
        figure('heap-extra-js', '50k', 'MB', [20]),
        figure('heap-extra-js', '5m', 'MB', [4]),
      ],
      '5m',
    );
    expect(list.map((verdict) => [verdict.target.figure, verdict.page, verdict.pass])).toEqual([
      ['scan-vs-bare', '50k', true],
      ['scan-vs-bare', '5m', false],
      ['storm-full-scans', 'storm', false],
      ['heap-extra-js', '5m', true],
    ]);
    expect(summaryTable(list)).toContain('2 PASS, 2 MISS');
  });

  it('misses a figure that could not be measured', () => {
    expect(verdicts([figure('longest-extension-task', 'p', 'ms', [Number.NaN])], 'p')[0].pass).toBe(false);
  });
});

describe('peer terms', () => {
  it('list every name form of the data once', () => {
    const terms = peerTerms(peopleJson as unknown as Person[]);
    expect(terms).toEqual(expect.arrayContaining(['Paris Jackson', 'Cara Delevingne', 'Paris', 'Delevigne', '@caradelevingne']));
    expect(new Set(terms).size).toBe(terms.length);
  });
});

describe('trace tasks', () => {
  const thread = { pid: 1, tid: 2 };
  const task = (ts: number, dur: number, src_func = 'Post'): TraceEvent => ({ name: 'ThreadControllerImpl::RunTask', ph: 'X', ts, dur, pid: 1, tid: 2, args: { src_func } });
  const script = (ts: number, dur: number): TraceEvent => ({ name: 'FunctionCall', ph: 'X', ts, dur, pid: 1, tid: 2, args: { data: { url: 'chrome-extension://id/content-scripts/content.js' } } });

  it('counts tasks running extension code, and the frame after one that changed what the page renders', () => {
    const render = (ts: number): TraceEvent => ({ name: 'rumor-context:render', ph: 'R', ts, pid: 1, tid: 2 });
    const events = [
      task(0, 300_000), // the page's own parsing
      task(400_000, 70_000),
      script(401_000, 60_000),
      render(460_000),
      task(500_000, 5_000),
      task(510_000, 90_000, 'ScheduledActionSendBeginMainFrame'),
      task(700_000, 20_000, 'ScheduledActionSendBeginMainFrame'),
      // Extension code that only read the page: the frame after it is the page's.
      task(800_000, 10_000),
      script(801_000, 8_000),
      task(820_000, 30_000, 'ScheduledActionSendBeginMainFrame'),
      { ...task(400_000, 70_000), tid: 3 },
    ];
    expect(taskFigures(events, thread)).toEqual({
      longestExtensionTaskMs: 90,
      extensionMainThreadMs: 170,
      extensionMainThreadCpuMs: 170,
      extensionLongTasks: 2,
      longestTaskMs: 300,
    });
  });

  it("charges the page's own parse or load task only for the extension's events in it", () => {
    const parse: TraceEvent = { name: 'ParseHTML', ph: 'X', ts: 1_000, dur: 200_000, pid: 1, tid: 2 };
    const load: TraceEvent = { name: 'EventDispatch', ph: 'X', ts: 400_000, dur: 50_000, pid: 1, tid: 2, args: { data: { type: 'load' } } };
    const events = [task(0, 300_000), parse, { ...script(2_000, 3_000), tdur: 2_000 }, task(400_000, 60_000), load, script(401_000, 1_000)];
    expect(taskFigures(events, thread)).toMatchObject({ longestExtensionTaskMs: 3, extensionMainThreadMs: 4, extensionMainThreadCpuMs: 3, longestTaskMs: 300 });
  });

  it('sums CPU time where the trace has it', () => {
    const events = [{ ...task(0, 60_000), tdur: 30_000 }, script(1_000, 10_000)];
    expect(taskFigures(events, thread)).toMatchObject({ longestExtensionTaskMs: 60, extensionMainThreadCpuMs: 30 });
  });

  it('attributes a task holding an extension measure', () => {
    const events = [task(0, 40_000), { name: 'rumor-context:full-scan', ph: 'b', ts: 1_000, pid: 1, tid: 2 }];
    expect(taskFigures(events, thread).longestExtensionTaskMs).toBe(40);
  });
});
