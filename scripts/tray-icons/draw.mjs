import { grid, measure, textPath } from './glyphs.mjs';

// Geometry per pixel size, in whole pixels so strokes land on the pixel grid: a
// 16 px icon scaled to 22 or 24 would be blurred, so those sizes have their own layout.
// env: the envelope's outer box and stroke; badge: diameter (anchored bottom-right),
// gap: transparent ring cut around the badge so it reads on any panel colour.
const LAYOUTS = {
  16: { env: [1, 3, 14, 10], sw: 1, r: 1.5, font: grid(1, 1), gap: 1, badge: 11, pad: 1, dot: 6 },
  22: { env: [1, 4, 20, 14], sw: 2, r: 2, font: grid(2, 1, 2), gap: 1, badge: 16, pad: 2, dot: 8 },
  24: { env: [1, 4, 22, 16], sw: 2, r: 2.5, font: grid(2, 1, 2), gap: 1, badge: 16, pad: 2, dot: 9 },
  32: { env: [2, 6, 28, 20], sw: 2, r: 3, font: grid(2, 2), gap: 2, badge: 22, pad: 2, dot: 12 },
  48: { env: [3, 9, 42, 30], sw: 3, r: 4.5, font: grid(3, 3), gap: 3, badge: 33, pad: 3, dot: 18 },
};

// The urgent mark (issue 22), a clock face anchored top-left: diameter and hand width per size
// (odd hands on odd faces, even on even, so the hands sit on whole pixels).
const CLOCKS = { 16: [9, 1], 22: [10, 2], 24: [10, 2], 32: [16, 2], 48: [23, 3] };

export const SIZES = Object.keys(LAYOUTS).map(Number);

const COLOR = {
  envFill: '#ffffff',
  envStroke: '#3c4043',
  count: { fill: '#d93025', ink: '#ffffff' },
  error: { fill: '#f9ab00', ink: '#202124' },
  offline: { fill: '#5f6368', ink: '#ffffff' },
  urgent: { fill: '#e8710a', ink: '#ffffff' },
};

/**
 * What an icon shows. `badge`: text in a filled badge (count, '!' or '/'),
 * `dot`: a plain dot (pending, count hidden), `dim`: the envelope faded.
 */
export function describe(state) {
  // `urgent`: a pending invitation lapses within a day; 'urgent' alone is the macOS template.
  if (state === 'urgent') return { urgent: true };
  if (state.startsWith('urgent-')) return { ...describe(state.slice('urgent-'.length)), urgent: true };
  if (state === 'signed-out') return { dim: true };
  if (state === 'idle') return {};
  if (state === 'pending') return { dot: true, tone: 'count' };
  if (state === 'error') return { badge: '!', tone: 'error' };
  if (state === 'offline') return { dim: true, badge: '/', tone: 'offline' };
  if (state === '9plus') return { badge: '9+', tone: 'count' };
  if (/^[1-9]$/.test(state)) return { badge: state, tone: 'count' };
  throw new Error(`Unknown tray state ${state}`);
}

const n = (value) => Number(value.toFixed(3)).toString();

function badgeBox(layout, size, look) {
  if (look.dot) {
    const d = layout.dot;
    return { x: size - d, y: 0, w: d, h: d, r: d / 2 };
  }
  const text = measure(look.badge, layout.font, layout.gap);
  const h = layout.badge;
  const w = look.badge.length === 1 ? h : text.width + 2 * layout.pad;
  return { x: size - w, y: size - h, w, h, r: h / 2, text };
}

function roundRect(box, grow, fill) {
  const { x, y, w, h, r } = box;
  return `<rect x="${n(x - grow)}" y="${n(y - grow)}" width="${n(w + 2 * grow)}" height="${n(h + 2 * grow)}" rx="${n(r + grow)}" fill="${fill}"/>`;
}

/** The clock mark: a filled face with the hands at ten past twelve, cut (template) or drawn in ink. */
function clockBox(size) {
  const [d] = CLOCKS[size];
  return { x: 0, y: 0, w: d, h: d, r: d / 2 };
}

function clockHands(size) {
  const [d, hand] = CLOCKS[size];
  const c = d / 2;
  const reach = Math.round(d * 0.3);
  return `<path d="M${n(c)} ${n(c - reach)}L${n(c)} ${n(c)}L${n(c + Math.round(reach * 0.8))} ${n(c)}" fill="none" stroke="#000000" stroke-width="${hand}" stroke-linecap="round" stroke-linejoin="round"/>`;
}

function envelope(layout, template) {
  const [x, y, w, h] = layout.env;
  const s = layout.sw;
  const stroke = template ? '#000000' : COLOR.envStroke;
  const fill = template ? 'none' : COLOR.envFill;
  const body = `<rect x="${n(x + s / 2)}" y="${n(y + s / 2)}" width="${n(w - s)}" height="${n(h - s)}" rx="${n(layout.r)}" fill="${fill}" stroke="${stroke}" stroke-width="${s}"/>`;
  const flap = `<path d="M${n(x + s / 2)} ${n(y + s / 2)}L${n(x + w / 2)} ${n(y + h * 0.62)}L${n(x + w - s / 2)} ${n(y + s / 2)}" fill="none" stroke="${stroke}" stroke-width="${s}" stroke-linejoin="round" stroke-linecap="round"/>`;
  return body + flap;
}

/** The SVG source of one tray icon. `template`: black + alpha only (macOS template image). */
export function trayIconSvg(state, size, template) {
  const layout = LAYOUTS[size];
  if (!layout) throw new Error(`No layout for ${size}px`);
  const look = describe(state);
  const defs = [];
  const body = [];
  const hasBadge = look.badge !== undefined || look.dot;
  const box = hasBadge ? badgeBox(layout, size, look) : undefined;
  const envAttrs = [];
  const clock = look.urgent ? clockBox(size) : undefined;
  const cuts = [box, clock].filter((cut) => cut !== undefined);
  if (cuts.length > 0) {
    defs.push(
      `<mask id="knockout" maskUnits="userSpaceOnUse" x="0" y="0" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="#ffffff"/>${cuts.map((cut) => roundRect(cut, layout.gap, '#000000')).join('')}</mask>`,
    );
    envAttrs.push('mask="url(#knockout)"');
  }
  if (look.dim) envAttrs.push(`opacity="${template ? 0.45 : 0.55}"`);
  body.push(`<g ${envAttrs.join(' ')}>${envelope(layout, template)}</g>`);
  if (clock) {
    // Under the badge, which cuts its gap ring out of the face: the count stays whole.
    const hands = clockHands(size);
    const cut = box ? roundRect(box, layout.gap, '#000000') : '';
    if (template) {
      defs.push(
        `<mask id="face" maskUnits="userSpaceOnUse" x="0" y="0" width="${size}" height="${size}">${roundRect(clock, 0, '#ffffff')}${hands}${cut}</mask>`,
      );
      body.push(`<g mask="url(#face)">${roundRect(clock, 0, '#000000')}</g>`);
    } else {
      defs.push(
        `<mask id="face" maskUnits="userSpaceOnUse" x="0" y="0" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="#ffffff"/>${cut}</mask>`,
      );
      body.push(
        `<g mask="url(#face)">${roundRect(clock, 0, COLOR.urgent.fill)}${hands.replace('#000000', COLOR.urgent.ink)}</g>`,
      );
    }
  }
  if (box) {
    const tone = COLOR[look.tone];
    const text = box.text
      ? textPath(
          look.badge,
          layout.font,
          layout.gap,
          box.x + (box.w - box.text.width) / 2,
          box.y + (box.h - box.text.height) / 2,
        )
      : '';
    if (template) {
      // The ink is cut out of the badge: a template may only use black and transparency.
      defs.push(
        `<mask id="ink" maskUnits="userSpaceOnUse" x="0" y="0" width="${size}" height="${size}">${roundRect(box, 0, '#ffffff')}<path d="${text}" fill="#000000"/></mask>`,
      );
      body.push(`<g mask="url(#ink)"${look.dim ? ' opacity="0.7"' : ''}>${roundRect(box, 0, '#000000')}</g>`);
    } else {
      body.push(roundRect(box, 0, tone.fill));
      if (text) body.push(`<path d="${text}" fill="${tone.ink}"/>`);
    }
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">`,
    defs.length ? `<defs>${defs.join('')}</defs>` : '',
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
