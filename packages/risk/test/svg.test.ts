import { describe, expect, it } from 'vitest';
import { heatMapSvg, histogramSvg, sCurveSvg, simulateEstimate, tornadoSvg } from '../src/index';
import { lindewaardRegister, nWegEstimate } from './fixtures/lindewaard';

/** A small well-formedness check without a DOM: every tag closes in order, no raw `<` or `&` in text. */
function expectWellFormed(svg: string) {
  const stack: string[] = [];
  const tag =
    /<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z][a-zA-Z0-9:-]*="[^"<&]*(?:&(?:amp|lt|gt|quot|apos);[^"<&]*)*")*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(svg); m; m = tag.exec(svg)) {
    const text = svg.slice(last, m.index);
    expect(text).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|apos);)/);
    last = tag.lastIndex;
    const [, closing, name, , selfClosing] = m;
    if (selfClosing) continue;
    if (closing) expect(stack.pop()).toBe(name);
    else stack.push(name as string);
  }
  expect(svg.slice(last).trim()).toBe('');
  expect(stack).toEqual([]);
}

describe('SVG heat map', () => {
  it('draws one cell per class pair with the risks in it, as a well-formed string', () => {
    const svg = heatMapSvg(lindewaardRegister);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expectWellFormed(svg);
    expect(svg.match(/<rect /g)).toHaveLength(25);
    for (const risk of lindewaardRegister.risks) expect(svg).toContain(`>${risk.id}<`);
    expect(svg).toContain('>Kans<');
    expect(heatMapSvg(lindewaardRegister, { locale: 'en' })).toContain('>Probability<');
  });

  it('escapes text', () => {
    const svg = heatMapSvg(lindewaardRegister, { title: 'Risico\'s <N-weg> & "zon"' });
    expectWellFormed(svg);
    expect(svg).toContain('Risico&apos;s &lt;N-weg&gt; &amp; &quot;zon&quot;');
    expect(svg).not.toContain('<N-weg>');
  });
});

describe('SVG histogram and S-curve', () => {
  const result = simulateEstimate(nWegEstimate, { iterations: 5_000, seed: 2026, histogramBins: 30 });

  it('the histogram has a bar per bin and marks the base estimate, P50 and P85', () => {
    const svg = histogramSvg(result);
    expectWellFormed(svg);
    expect(svg.match(/<rect /g)).toHaveLength(30);
    expect(svg).toContain('P50');
    expect(svg).toContain('P85');
    expect(svg).toContain('basisraming');
    expect(histogramSvg(result, { locale: 'en' })).toContain('base estimate');
  });

  it('the S-curve is a polyline through the 101 points, rising left to right', () => {
    const svg = sCurveSvg(result, { locale: 'en', title: 'N-weg <P85>' });
    expectWellFormed(svg);
    const points = (svg.match(/points="([^"]+)"/)?.[1] ?? '').split(' ').map((p) => p.split(',').map(Number));
    expect(points).toHaveLength(101);
    for (let k = 1; k < points.length; k++) {
      expect(points[k]?.[0]).toBeGreaterThanOrEqual(points[k - 1]?.[0] ?? 0);
      expect(points[k]?.[1]).toBeLessThanOrEqual(points[k - 1]?.[1] ?? 0);
    }
    expect(svg).toContain('N-weg &lt;P85&gt;');
  });

  it('the tornado has one bar per input, largest first, at most `count`', () => {
    const svg = tornadoSvg(result, { count: 3 });
    expectWellFormed(svg);
    expect(svg.match(/<rect /g)).toHaveLength(3);
    expect(svg).toContain(`>${result.contributions[0]?.label}<`);
    expect(svg).toContain('gemiddelde');
    expect(tornadoSvg(result, { locale: 'en' }).match(/<rect /g)).toHaveLength(result.contributions.length);
    expect(() => tornadoSvg(result, { count: 0 })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });

  it('refuses a result that is not valid and sizes too small to draw', () => {
    expect(() => histogramSvg({ ...result, p85: Number.NaN })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    expect(() => sCurveSvg(result, { width: 10 })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
  });
});
