import { describe, expect, it } from 'vitest';
import { calibrate, chooseThreshold, fitIsotonic, wilsonLower } from '../../src-main/content/calibration';

const point = (confidence: number, correct: boolean) => ({ confidence, correct });

describe('isotonic calibration', () => {
  it('pools adjacent violators into a non-decreasing step function', () => {
    const c = fitIsotonic([
      point(0.1, false),
      point(0.2, true),
      point(0.3, false),
      point(0.4, true),
      point(0.9, true),
    ]);
    for (let i = 1; i < c.value.length; i++)
      expect(c.value[i]).toBeGreaterThanOrEqual(c.value[i - 1] as number);
    expect(calibrate(c, 0.1)).toBe(0);
    // 0.2 right and 0.3 wrong pool to one half.
    expect(calibrate(c, 0.25)).toBe(0.5);
    expect(calibrate(c, 0.9)).toBe(1);
    expect(calibrate(c, 0.99)).toBe(1);
    expect(calibrate(c, 0.01)).toBe(0);
    expect(calibrate(fitIsotonic([]), 0.5)).toBe(0);
  });

  it('takes the lower block between two blocks', () => {
    const c = fitIsotonic([point(0.2, false), point(0.2, false), point(0.8, true), point(0.8, true)]);
    expect(calibrate(c, 0.5)).toBe(0);
    expect(calibrate(c, 0.8)).toBe(1);
  });
});

describe('the threshold', () => {
  it('is the smallest at which the Wilson lower bound of the precision reaches the target', () => {
    // 100 right at 0.95, then 20 at 0.5 of which 10 right.
    const points = [
      ...Array.from({ length: 100 }, () => point(0.95, true)),
      ...Array.from({ length: 20 }, (_, i) => point(0.5, i < 10)),
    ];
    const t = chooseThreshold(points, 150);
    expect(t.threshold).toBe(0.95);
    expect(t.shown).toBe(100);
    expect(t.precision).toBe(1);
    expect(t.coverage).toBeCloseTo(100 / 150, 9);
  });

  it('is not chosen on a few lucky texts', () => {
    const t = chooseThreshold([point(0.99, true), point(0.98, true), point(0.97, true)], 3);
    expect(t).toEqual({ threshold: null, shown: 0, precision: null, coverage: 0 });
    expect(wilsonLower(3, 3)).toBeLessThan(0.9);
    expect(wilsonLower(300, 300)).toBeGreaterThan(0.99);
    expect(wilsonLower(0, 0)).toBe(0);
  });
});
