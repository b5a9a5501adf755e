import { describe, expect, it } from 'vitest';
import {
  escapeXml, fmt, presentationAttributes, renderPanelSvg, resolveCssVars, toSvgPaint, type PanelScene, type StyleSource,
} from '@/app/_components/export-svg-core';

/** A computed style as the browser reports it: every property defined, at its initial value unless set. */
function computed(overrides: Record<string, string>): StyleSource {
  const initial: Record<string, string> = {
    display: 'inline', opacity: '1', visibility: 'visible', fill: 'rgb(0, 0, 0)', 'fill-opacity': '1', 'fill-rule': 'nonzero',
    stroke: 'none', 'stroke-width': '1px', 'stroke-opacity': '1', 'stroke-dasharray': 'none', 'stroke-dashoffset': '0px',
    'stroke-linecap': 'butt', 'stroke-linejoin': 'miter', 'font-family': 'system-ui, "Segoe UI", sans-serif', 'font-size': '12px',
    'font-weight': '400', 'font-style': 'normal', 'text-anchor': 'start', 'dominant-baseline': 'auto', 'stop-color': 'rgb(0, 0, 0)', 'stop-opacity': '1',
  };
  const all = { ...initial, ...overrides };
  return { getPropertyValue: (p) => all[p] ?? '' };
}

describe('toSvgPaint', () => {
  it('turns computed rgb()/rgba() into hex plus opacity', () => {
    expect(toSvgPaint('rgb(180, 35, 24)')).toEqual({ paint: '#b42318', opacity: 1 });
    expect(toSvgPaint('rgba(142, 59, 116, 0.18)')).toEqual({ paint: '#8e3b74', opacity: 0.18 });
    expect(toSvgPaint('rgb(31 95 139 / 50%)')).toEqual({ paint: '#1f5f8b', opacity: 0.5 });
  });

  it('treats fully transparent colours and keywords as none, and passes gradients through', () => {
    expect(toSvgPaint('rgba(0, 0, 0, 0)').paint).toBe('none');
    expect(toSvgPaint('transparent').paint).toBe('none');
    expect(toSvgPaint('none').paint).toBe('none');
    expect(toSvgPaint('#abc')).toEqual({ paint: '#aabbcc', opacity: 1 });
    expect(toSvgPaint('#11223380').paint).toBe('#112233');
    expect(toSvgPaint('#11223380').opacity).toBeCloseTo(128 / 255, 6);
    expect(toSvgPaint('url("#grad-1")').paint).toBe('url("#grad-1")');
  });
});

describe('resolveCssVars', () => {
  const vars: Record<string, string> = { '--color-crisis': ' #b42318', '--border': '#d9dde1', '--alias': 'var(--border)' };
  const lookup = (name: string) => vars[name];

  it('uses the variable when it is set and the fallback when it is not', () => {
    expect(resolveCssVars('var(--color-crisis, #000)', lookup)).toBe('#b42318');
    expect(resolveCssVars('var(--color-tension, #8e3b74)', lookup)).toBe('#8e3b74');
  });

  it('resolves nested fallbacks, variables naming variables and several per value', () => {
    expect(resolveCssVars('var(--nope, var(--also-nope, rgb(1, 2, 3)))', lookup)).toBe('rgb(1, 2, 3)');
    expect(resolveCssVars('var(--alias)', lookup)).toBe('#d9dde1');
    expect(resolveCssVars('1px solid var(--border) var(--x, red)', lookup)).toBe('1px solid #d9dde1 red');
    expect(resolveCssVars('var(--missing)', lookup)).toBe('');
    expect(resolveCssVars('#fff', lookup)).toBe('#fff');
  });
});

describe('presentationAttributes', () => {
  it('writes a line path as plain stroke attributes, with no var() left', () => {
    const attrs = presentationAttributes('path', computed({ fill: 'none', stroke: 'rgb(142, 59, 116)', 'stroke-width': '2px', 'stroke-dasharray': '6px, 3px' }));
    expect(attrs).toEqual({ fill: 'none', stroke: '#8e3b74', 'stroke-width': '2', 'stroke-dasharray': '6 3' });
  });

  it('carries a band area’s translucency as fill-opacity (colour alpha × fill-opacity)', () => {
    const attrs = presentationAttributes('path', computed({ fill: 'rgba(142, 59, 116, 0.5)', 'fill-opacity': '0.36' }));
    expect(attrs).toEqual({ fill: '#8e3b74', 'fill-opacity': '0.18', stroke: 'none' });
  });

  it('gives text its font and anchor, leaving defaults out', () => {
    const attrs = presentationAttributes('text', computed({ fill: 'rgb(86, 96, 107)', 'font-size': '11px', 'text-anchor': 'end', 'dominant-baseline': 'central', 'font-weight': '600' }));
    expect(attrs).toEqual({
      fill: '#56606b', stroke: 'none', 'font-family': 'system-ui, "Segoe UI", sans-serif', 'font-size': '11', 'font-weight': '600',
      'text-anchor': 'end', 'dominant-baseline': 'central',
    });
  });

  it('keeps group opacity and hidden visibility, paints nothing on containers, drops what is not displayed', () => {
    expect(presentationAttributes('g', computed({ opacity: '0.5' }))).toEqual({ opacity: '0.5' });
    expect(presentationAttributes('g', computed({ visibility: 'hidden' }))).toEqual({ visibility: 'hidden' });
    expect(presentationAttributes('rect', computed({ display: 'none' }))).toBeNull();
    expect(presentationAttributes('line', computed({ stroke: 'rgb(227, 230, 234)', 'stroke-width': '0px' }))).toEqual({ fill: '#000000', stroke: 'none' });
    expect(presentationAttributes('stop', computed({ 'stop-color': 'rgba(31, 78, 140, 0.4)' }))).toEqual({ 'stop-color': '#1f4e8c', 'stop-opacity': '0.4' });
  });
});

describe('renderPanelSvg', () => {
  const scene: PanelScene = {
    width: 480.5,
    height: 330,
    title: 'Tension index by month <draft> & “notes”',
    description: 'Mean with 80% band · index 0–100',
    background: 'rgb(255, 255, 255)',
    border: { color: 'rgb(217, 221, 225)', radius: 6 },
    fontFamily: 'system-ui, sans-serif',
    texts: [
      { x: 17, y: 30.2, text: 'Tension index by month <draft> & “notes”', fontFamily: 'system-ui, sans-serif', fontSize: 16.32, fontWeight: '700', fill: 'rgb(29, 35, 43)' },
      { x: 40, y: 70, text: 'Mean', fontFamily: 'Georgia', fontSize: 12, fontWeight: '400', fill: 'rgb(29, 35, 43)' },
    ],
    marks: [
      { kind: 'line', x: 17, y: 65, width: 18, height: 2.5, color: 'rgb(142, 59, 116)' },
      { kind: 'band', x: 80, y: 60, width: 18, height: 12, color: 'rgb(142, 59, 116)', opacity: 0.22 },
      { kind: 'dashed', x: 120, y: 65, width: 18, height: 2.5, color: 'rgb(0, 114, 178)' },
      { kind: 'swatch', x: 160, y: 60, width: 12, height: 12, color: 'rgb(180, 35, 24)' },
    ],
    charts: [{ markup: '<g transform="translate(17 80)"><path d="M0 0L10 10" stroke="#8e3b74"/></g>' }],
  };
  const svg = renderPanelSvg(scene);

  it('is one SVG document with its size, a <title> and a <desc>', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="480.5" height="330" viewBox="0 0 480.5 330"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('<title>Tension index by month &lt;draft&gt; &amp; “notes”</title>');
    expect(svg).toContain('<desc>Mean with 80% band · index 0–100</desc>');
  });

  it('draws the background, the frame, the text in hex colours and the legend marks', () => {
    expect(svg).toContain('<rect width="480.5" height="330" fill="#ffffff"/>');
    expect(svg).toContain('<rect x="0.5" y="0.5" width="479.5" height="329" rx="6" fill="none" stroke="#d9dde1"/>');
    expect(svg).toContain('<text x="17" y="30.2" font-size="16.32" font-weight="700" fill="#1d232b">Tension index by month &lt;draft&gt; &amp; “notes”</text>');
    expect(svg).toContain('<text x="40" y="70" font-family="Georgia" font-size="12" fill="#1d232b">Mean</text>');
    expect(svg).toContain('<rect x="17" y="65" width="18" height="2.5" fill="#8e3b74"/>');
    expect(svg).toContain('<rect x="80" y="60" width="18" height="12" fill="#8e3b74" fill-opacity="0.22"/>');
    expect(svg).toContain('<line x1="120" y1="66.25" x2="138" y2="66.25" stroke="#0072b2" stroke-width="2.5" stroke-dasharray="5 3"/>');
    expect(svg).toContain('<rect x="160" y="60" width="12" height="12" rx="2" fill="#b42318"/>');
    expect(svg).toContain(scene.charts[0]!.markup);
    expect(svg).not.toContain('var(');
    expect(svg).not.toContain('rgb(');
  });

  it('escapes every XML special character', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(fmt(0.18000000001)).toBe('0.18');
    expect(fmt(-0.0001)).toBe('0');
  });
});

describe('right-to-left text in an exported panel', () => {
  it('keeps its direction and the document its language', () => {
    const svg = renderPanelSvg({
      width: 100, height: 50, title: 'مؤشر التوتر', lang: 'ar', background: '#fff', fontFamily: 'sans-serif', marks: [], charts: [],
      texts: [{ x: 90, y: 20, text: 'مؤشر التوتر شهريًا', fontFamily: 'sans-serif', fontSize: 16, fontWeight: '600', fill: '#000', direction: 'rtl' }],
    });
    expect(svg).toContain('xml:lang="ar"');
    expect(svg).toMatch(/<text x="90" y="20"[^>]* direction="rtl" unicode-bidi="embed">مؤشر التوتر شهريًا<\/text>/);
  });
});
