// Small SVG charts drawn by hand (no charting library): each is a <figure> with its caption, the drawing for the
// eye (role="img", named) and, behind a toggle, a table of the same numbers for screen readers and for anyone who
// would rather read. Colors always come with a cue that is not color: a number, a symbol or a hatching.
import { t, formatNumber } from './i18n.js';
import { el, scrollingTable, asCards } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
let serial = 0; // pattern ids must be unique in the page
// Drawn 340 units wide: on a phone one unit is about one pixel, so the text reads at its size; wider screens scale up.
const WIDTH = 340;
const LABEL = 40; // characters of a row's name on one line; a longer name takes a second line
const LINE = 14; // the height of that second line

/**
 * A row's name at (x, y), on two lines when it is long (the second cut with … if need be, the whole name in the
 * tooltip and the table); answers the height it added.
 */
function rowName(drawing, text, x, y) {
  const whole = String(text);
  if (whole.length <= LABEL) { drawing.append(label(whole, LABEL, { x, y, class: 'chart-label' })); return 0; }
  const cut = whole.lastIndexOf(' ', LABEL);
  const first = cut > 0 ? whole.substring(0, cut) : whole.substring(0, LABEL);
  drawing.append(svg('text', { x, y, class: 'chart-label' }, svg('title', {}, whole), first),
    label(whole.substring(first.length).trim(), LABEL, { x, y: y + LINE, class: 'chart-label' }));
  return LINE;
}

/** An SVG element with attributes and children (strings become text). */
export function svg(tag, attributes, ...children) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes || {}).forEach(([k, v]) => { if (v !== undefined && v !== null) node.setAttribute(k, v); });
  children.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false)
    .forEach(c => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

/** A text that shows at most `max` characters; the whole of it is its tooltip. */
function label(text, max, attributes) {
  const whole = String(text);
  const shown = whole.length > max ? whole.substring(0, max - 1) + '…' : whole;
  return svg('text', attributes, shown, shown !== whole ? svg('title', {}, whole) : null);
}

/** A table of the numbers behind a chart: header cells, then rows whose first cell names the row. */
export function dataTable(caption, head, rows) {
  return asCards(el('table', { class: 'list chart-data' }, el('caption', { class: 'sr-only' }, caption),
    el('thead', {}, el('tr', {}, head.map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows.map(cells => el('tr', {}, cells.map((c, i) => i === 0 ? el('th', { scope: 'row' }, c)
      : el('td', { class: typeof c === 'number' ? 'num' : null }, typeof c === 'number' ? formatNumber(c) : c)))))));
}

/**
 * A chart as a figure: title and a short note in the caption, the drawing named by `summary`, and its numbers in a
 * table the reader can open (open from the start when `tableOpen`).
 */
export function chartFigure(id, title, note, drawing, table, tableOpen) {
  drawing.setAttribute('role', 'img');
  drawing.setAttribute('aria-label', title + (note ? '. ' + note : ''));
  drawing.classList.add('chart');
  const details = el('details', { class: 'chart-table', open: tableOpen ? 'open' : null },
    el('summary', {}, t('chart.showNumbers')), scrollingTable(title, table));
  return el('figure', { class: 'chart-figure', id }, el('figcaption', {}, el('strong', {}, title), note ? el('span', { class: 'muted small' }, ' ' + note) : ''),
    drawing, details);
}

/** Five steps of green, from nothing (0) to full (4); each cell also shows its value in text. */
const LEVELS = ['#f3f5f7', '#d6ebe2', '#a9d5c1', '#5fae8c', '#0b6e4f'];
const levelInk = (level) => level >= 4 ? '#fff' : '#1d2733'; // dark ink wherever the green is light enough for it (contrast)

/**
 * A heatmap: rows × columns; `cell(row, column)` answers { level 0..4, text, title }. Each row's label sits on its
 * own line above its cells, so a long name stays readable on a phone; `side(row)` is an optional figure at the right.
 */
export function heatmap(rows, columns, cell, rowLabel, columnLabel, side) {
  const width = WIDTH, left = 2, sideWidth = side ? 44 : 0;
  const cellWidth = (width - left - sideWidth) / columns.length, cellHeight = 26, rowHeight = cellHeight + 20;
  const staggered = cellWidth < 64; // narrow columns: their names alternate on two lines so they never overlap
  const head = staggered ? 34 : 22;
  const drawing = svg('svg', { width: '100%', preserveAspectRatio: 'xMinYMin meet' });
  columns.forEach((c, j) => drawing.append(label(columnLabel(c), staggered ? 14 : 12, { x: left + j * cellWidth + cellWidth / 2,
    y: staggered && j % 2 ? 28 : 13, 'text-anchor': 'middle', class: 'chart-axis' })));
  if (side) drawing.append(svg('text', { x: width - sideWidth / 2, y: 13, 'text-anchor': 'middle', class: 'chart-axis' }, side.title));
  let top = head;
  rows.forEach((r) => {
    const y = top + rowName(drawing, rowLabel(r), left, top + 12);
    top = y + rowHeight;
    columns.forEach((c, j) => {
      const v = cell(r, c);
      const x = left + j * cellWidth;
      drawing.append(svg('g', {}, svg('title', {}, v.title),
        svg('rect', { x: x + 1, y: y + 16, width: cellWidth - 2, height: cellHeight, rx: 3, fill: LEVELS[v.level], stroke: '#c5ccd3' }),
        svg('text', { x: x + cellWidth / 2, y: y + 16 + cellHeight / 2 + 5, 'text-anchor': 'middle', fill: levelInk(v.level), class: 'chart-value' }, v.text)));
    });
    if (side) drawing.append(svg('text', { x: width - sideWidth / 2, y: y + 16 + cellHeight / 2 + 5, 'text-anchor': 'middle', class: 'chart-value strong' }, side.value(r)));
  });
  drawing.setAttribute('viewBox', '0 0 ' + width + ' ' + (top + 4));
  return drawing;
}

/** The legend of a heatmap's five levels, each with its words. */
export function heatmapLegend(words) {
  return el('p', { class: 'inline muted small legend chart-legend' }, words.map((w, level) =>
    el('span', {}, el('span', { class: 'swatch', style: 'background:' + LEVELS[level], 'aria-hidden': 'true' }), ' ' + w)));
}

/**
 * Horizontal bars, one row per item, each bar made of segments { value, kind: 'solid'|'hatched' } placed end to end;
 * the numbers are written after the bar. `labelOf(item)` names the row, `segments(item)` gives its segments and
 * `total(item)` the text after the bar.
 */
export function bars(items, labelOf, segments, total) {
  const width = WIDTH, rowHeight = 40, barHeight = 16, right = 136;
  const max = Math.max(1, ...items.map(i => segments(i).reduce((s, g) => s + g.value, 0)));
  const scale = (width - 8 - right) / max;
  const pattern = 'hatch-' + (++serial);
  const drawing = svg('svg', { width: '100%', preserveAspectRatio: 'xMinYMin meet' },
    svg('defs', {}, svg('pattern', { id: pattern, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
      svg('rect', { width: 6, height: 6, fill: '#fff' }), svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#0b6e4f', 'stroke-width': 3 }))));
  let top = 0;
  items.forEach((item) => {
    const y = top + rowName(drawing, labelOf(item), 2, top + 13);
    top = y + rowHeight;
    let x = 4;
    segments(item).forEach(g => {
      const w = g.value * scale;
      if (w > 0) drawing.append(svg('rect', { x, y: y + 18, width: w, height: barHeight, fill: g.kind === 'hatched' ? 'url(#' + pattern + ')' : '#0b6e4f', stroke: '#0b6e4f' }));
      x += w;
    });
    drawing.append(svg('text', { x: x + 6, y: y + 31, class: 'chart-value' }, total(item)));
  });
  drawing.setAttribute('viewBox', '0 0 ' + width + ' ' + (top + 4));
  return drawing;
}

/** The legend of bars: a solid and a hatched swatch with their words. */
export function barsLegend(solidWords, hatchedWords) {
  return el('p', { class: 'inline muted small legend chart-legend' },
    el('span', {}, el('span', { class: 'swatch solid', 'aria-hidden': 'true' }), ' ' + solidWords),
    hatchedWords ? el('span', {}, el('span', { class: 'swatch hatched', 'aria-hidden': 'true' }), ' ' + hatchedWords) : '');
}

/**
 * Ratings on a 1–5 scale, one row per item: a dot for each rating (dots of the same score stack), a line from the
 * lowest to the highest, a diamond at the average. `ratingsOf(item)` lists the scores.
 */
export function spread(items, labelOf, ratingsOf, averageOf) {
  const width = WIDTH, left = 12, right = 58, rowHeight = 44;
  const step = (width - left - right) / 4;
  const xOf = (score) => left + (score - 1) * step;
  const drawing = svg('svg', { width: '100%', preserveAspectRatio: 'xMinYMin meet' });
  [1, 2, 3, 4, 5].forEach(s => drawing.append(svg('text', { x: xOf(s), y: 12, 'text-anchor': 'middle', class: 'chart-axis' }, String(s))));
  let top = 22;
  items.forEach((item) => {
    const y = top + rowName(drawing, labelOf(item), 2, top + 12);
    top = y + rowHeight;
    const scores = ratingsOf(item);
    const average = averageOf(item);
    if (!scores.length) {
      drawing.append(svg('text', { x: xOf(3), y: y + 34, 'text-anchor': 'middle', class: 'chart-value muted' }, '— ' + t('chart.noRating') + ' —'));
      return;
    }
    drawing.append(svg('line', { x1: xOf(1), x2: xOf(5), y1: y + 30, y2: y + 30, stroke: '#d7dde4' }));
    drawing.append(svg('line', { x1: xOf(Math.min(...scores)), x2: xOf(Math.max(...scores)), y1: y + 30, y2: y + 30, stroke: '#5b6878', 'stroke-width': 3 }));
    const seen = {};
    scores.forEach(s => {
      const n = seen[s] = (seen[s] || 0) + 1;
      drawing.append(svg('circle', { cx: xOf(s) + (n - 1) * 5, cy: y + 30 - (n - 1) * 3, r: 5, fill: '#fff', stroke: '#1f4aa8', 'stroke-width': 2 }));
    });
    const a = xOf(average);
    drawing.append(svg('path', { d: `M${a} ${y + 22} L${a + 7} ${y + 30} L${a} ${y + 38} L${a - 7} ${y + 30} Z`, fill: '#0b6e4f' }),
      svg('text', { x: width - right + 10, y: y + 34, class: 'chart-value strong' }, '◆ ' + formatNumber(average)));
  });
  drawing.setAttribute('viewBox', '0 0 ' + width + ' ' + (top + 4));
  return drawing;
}

/** A line over months (or any ordered labels) of one value, each point labelled with its number. */
export function line(points, labelOf, valueOf, maxValue) {
  const width = WIDTH, height = 140, left = 14, right = 14, top = 20, bottom = 28;
  const max = Math.max(1, maxValue || 0, ...points.map(valueOf));
  const xOf = (i) => points.length === 1 ? width / 2 : left + i * (width - left - right) / (points.length - 1);
  const yOf = (v) => top + (height - top - bottom) * (1 - v / max);
  const drawing = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width: '100%', preserveAspectRatio: 'xMinYMin meet' },
    svg('line', { x1: left, x2: width - right, y1: yOf(0), y2: yOf(0), stroke: '#d7dde4' }));
  if (points.length > 1) drawing.append(svg('polyline', { points: points.map((p, i) => xOf(i) + ',' + yOf(valueOf(p))).join(' '), fill: 'none', stroke: '#0b6e4f', 'stroke-width': 2 }));
  const every = Math.ceil(points.length / 6); // at most six labels under the axis, so they never overlap
  points.forEach((p, i) => {
    const x = xOf(i), y = yOf(valueOf(p));
    drawing.append(svg('circle', { cx: x, cy: y, r: 4, fill: '#0b6e4f' }),
      svg('text', { x, y: y - 8, 'text-anchor': 'middle', class: 'chart-value' }, formatNumber(valueOf(p))));
    if (i % every === 0 || i === points.length - 1) {
      drawing.append(svg('text', { x, y: height - 10, 'text-anchor': i === 0 && points.length > 1 ? 'start' : i === points.length - 1 && points.length > 1 ? 'end' : 'middle', class: 'chart-axis' }, labelOf(p)));
    }
  });
  return drawing;
}
