/** WCAG AA colour contrast of the theme (assets/crisislens.css), light and dark. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(__dirname, '..', '..', 'assets', 'crisislens.css'), 'utf8');

function vars(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1], m[2]]));
}
const light = vars(css.slice(css.indexOf(':root'), css.indexOf('@media (prefers-color-scheme: dark)')));
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const dark = { ...light, ...vars(css.slice(darkStart, css.indexOf('\n}\n', darkStart))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** [text, background, minimum]: 4.5 for text, 3 for focus rings and control borders. */
const PAIRS: [string, string, number][] = [
  ['fg', 'bg', 4.5],
  ['fg', 'surface', 4.5],
  ['muted', 'bg', 4.5],
  ['muted', 'surface', 4.5],
  ['link', 'bg', 4.5],
  ['link', 'surface', 4.5],
  ['accent-fg', 'accent', 4.5],
  ['notice-fg', 'notice-bg', 4.5],
  ['error-fg', 'bg', 4.5],
  ['error-fg', 'surface', 4.5],
  ['ok-fg', 'bg', 4.5],
  ['badge-fg', 'badge-bg', 4.5],
  ['focus', 'bg', 3],
  ['muted', 'bg', 3], // input borders
];

describe('theme contrast (WCAG AA)', () => {
  it('parsed both themes', () => {
    expect(Object.keys(light).length).toBeGreaterThanOrEqual(14);
    expect(dark.bg).not.toBe(light.bg);
  });
  for (const [name, theme] of [['light', light], ['dark', dark]] as const) {
    for (const [fg, bg, min] of PAIRS) {
      it(`${name}: --${fg} on --${bg} ≥ ${min}:1`, () => {
        expect(contrast(theme[fg], theme[bg])).toBeGreaterThanOrEqual(min);
      });
    }
  }
});
