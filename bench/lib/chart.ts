/**
 * The history-growth chart: p50 and p99 read latency against table size,
 * on a logarithmic x axis, as a self-contained SVG.
 */
import type { LatencyPoint } from '../scenarios/history-growth';

const WIDTH = 720;
const HEIGHT = 400;
const MARGIN = { top: 48, right: 200, bottom: 56, left: 64 };
const SERIES = [
  { name: 'p50', key: 'p50Ms', color: '#1f77b4', dash: '' },
  { name: 'p99', key: 'p99Ms', color: '#d62728', dash: '' },
  { name: `p50, ${'first-size'} table`, key: 'referenceP50Ms', color: '#7f7f7f', dash: '4 4' },
] as const;

export function latencyChart(points: LatencyPoint[], subtitle: string): string {
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const xs = points.map((p) => Math.log10(p.messages));
  const [xMin, xMax] = [Math.min(...xs), Math.max(...xs)];
  const yMax = niceCeiling(Math.max(...points.map((p) => p.p99Ms)) * 1.1);
  const x = (messages: number) =>
    MARGIN.left + ((Math.log10(messages) - xMin) / (xMax - xMin || 1)) * plotW;
  const y = (ms: number) => MARGIN.top + plotH - (ms / yMax) * plotH;
  const first = points[0]?.messages ?? 0;

  const yTicks = Array.from({ length: 6 }, (_, i) => (yMax / 5) * i);
  const grid = yTicks.map((t) => `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" ` +
    `y1="${y(t)}" y2="${y(t)}" stroke="#e5e5e5"/><text x="${MARGIN.left - 8}" y="${y(t) + 4}" ` +
    `text-anchor="end">${format(t)}</text>`).join('\n  ');
  const xTicks = points.map((p) => `<line x1="${x(p.messages)}" x2="${x(p.messages)}" ` +
    `y1="${MARGIN.top + plotH}" y2="${MARGIN.top + plotH + 5}" stroke="#333"/>` +
    `<text x="${x(p.messages)}" y="${MARGIN.top + plotH + 20}" text-anchor="middle">` +
    `${p.messages.toLocaleString('en-US')}</text>`).join('\n  ');
  const lines = SERIES.map((s) => {
    const coords = points.map((p) => `${x(p.messages).toFixed(1)},${y(p[s.key]).toFixed(1)}`);
    const dots = points.map((p) => `<circle cx="${x(p.messages).toFixed(1)}" ` +
      `cy="${y(p[s.key]).toFixed(1)}" r="3.5" fill="${s.color}"/>`).join('');
    return `<polyline points="${coords.join(' ')}" fill="none" stroke="${s.color}" ` +
      `stroke-width="2" stroke-dasharray="${s.dash}"/>${dots}`;
  }).join('\n  ');
  const legend = SERIES.map((s, i) => {
    const ly = MARGIN.top + 10 + i * 22;
    const lx = MARGIN.left + plotW + 16;
    const label = s.key === 'referenceP50Ms'
      ? `p50 at ${first.toLocaleString('en-US')} (ref.)`
      : s.name;
    return `<line x1="${lx}" x2="${lx + 22}" y1="${ly}" y2="${ly}" stroke="${s.color}" ` +
      `stroke-width="2" stroke-dasharray="${s.dash}"/><text x="${lx + 28}" y="${ly + 4}">` +
      `${escape(label)}</text>`;
  }).join('\n  ');

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" ` +
    `viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, sans-serif" font-size="12" ` +
    `role="img" aria-label="messagesByRecipient latency against table size">
  <rect width="100%" height="100%" fill="#fff"/>
  <text x="${MARGIN.left}" y="22" font-size="15" font-weight="600">messagesByRecipient (limit 20) latency against table size</text>
  <text x="${MARGIN.left}" y="38" fill="#555">${escape(subtitle)}</text>
  ${grid}
  ${xTicks}
  <line x1="${MARGIN.left}" x2="${MARGIN.left}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}" stroke="#333"/>
  <line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${MARGIN.top + plotH}" y2="${MARGIN.top + plotH}" stroke="#333"/>
  <text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 12}" text-anchor="middle">messages in the table (log scale)</text>
  <text transform="translate(18 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">latency (ms)</text>
  ${lines}
  ${legend}
</svg>
`;
}

function niceCeiling(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value || 1));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= value) ?? 10;
  return step * magnitude;
}

function format(ms: number): string {
  return ms >= 10 ? ms.toFixed(0) : ms.toFixed(1);
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
