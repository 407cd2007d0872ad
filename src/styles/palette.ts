/*
 * The two built-in colour schemes as data, so the theme stylesheet and the contrast tests read the
 * same values. Every pair the elements put text on meets 4.5:1, and borders and focus rings 3:1
 * (WCAG 1.4.3 and 1.4.11); test/widget/booking-themes.test.ts checks both.
 */

/** The colour tokens; each is `--bw-color-<name>` for the host page. */
export const colorTokens = ['surface', 'text', 'muted', 'border', 'primary', 'on-primary', 'danger', 'success', 'focus'] as const;
export type ColorToken = (typeof colorTokens)[number];
export type Palette = Record<ColorToken, string>;

export const light: Palette = {
  surface: '#ffffff',
  text: '#1d2330',
  muted: '#5b6473',
  border: '#8a919e',
  primary: '#2f5bd3',
  'on-primary': '#ffffff',
  danger: '#b3261e',
  success: '#1e7a3c',
  focus: '#2f5bd3',
};

export const dark: Palette = {
  surface: '#161a22',
  text: '#e8eaf0',
  muted: '#a3abba',
  border: '#6b7385',
  primary: '#8fb0ff',
  'on-primary': '#0d1424',
  danger: '#ff8a80',
  success: '#6fd08f',
  focus: '#8fb0ff',
};
