// Run by PageCheck through WebDriver's executeAsyncScript, after axe-core was injected: axe-core's WCAG 2.1
// A/AA rules, the contrast of the text axe could not decide (computed colours against the real background),
// and the reflow (no sideways scroll). Answers one JSON text: {problems: [...], checked: n}.
const done = arguments[arguments.length - 1];

/** The colour as [r, g, b, a] (0–255, alpha 0–1), from a computed rgb()/rgba() value. */
function rgba(value) {
  const numbers = (value.match(/[\d.]+/g) || []).map(Number);
  if (value.startsWith('color(srgb')) return [numbers[0] * 255, numbers[1] * 255, numbers[2] * 255, numbers.length > 3 ? numbers[3] : 1];
  return [numbers[0] || 0, numbers[1] || 0, numbers[2] || 0, numbers.length > 3 ? numbers[3] : 1];
}

/** top over bottom (bottom opaque). */
const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);

function luminance([r, g, b]) {
  const channel = c => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

const ratio = (a, b) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

/**
 * The background the text of an element is drawn on: the background colours of the element and its
 * ancestors, composed from the first opaque one down (white under the page). DSFR paints many backgrounds as
 * gradients of one colour over the whole element (linear-gradient(c, c), the pressed tag, the hover tint): such a
 * layer counts as that colour. A gradient that covers only a strip (link underlines: background-size 100% 1px)
 * is not what the text sits on and is ignored. A real gradient or an image (url(…)) over the whole element
 * cannot be decided this way: null.
 */
function backgroundOf(element) {
  const stacks = []; // each element's layers, bottom to top; the element first, then its ancestors
  for (let node = element; node && node.nodeType === 1; node = node.parentElement || node.getRootNode().host) {
    const style = getComputedStyle(node);
    const fills = fillsOf(style);
    if (fills === null) return null;
    // the background colour at the bottom, then the image layers, the first listed on top
    const stack = [rgba(style.backgroundColor), ...fills.reverse()].filter(c => c[3] > 0);
    stacks.push(stack);
    if (stack.some(c => c[3] >= 1)) break;
  }
  let colour = [255, 255, 255, 1]; // the canvas
  for (const stack of stacks.reverse()) {
    for (const layer of stack) colour = over(layer, colour);
  }
  return colour;
}

/** The one-colour fills of an element's background-image layers, topmost first; null when one cannot be decided. */
function fillsOf(style) {
  const image = style.backgroundImage;
  if (!image || image === 'none') return [];
  const layers = image.split(/,(?![^(]*\))(?![^(]*\([^(]*\))/).map(l => l.trim());
  const sizes = style.backgroundSize.split(',').map(s => s.trim());
  const fills = [];
  for (const [i, layer] of layers.entries()) {
    if (layer === 'none') continue;
    const size = sizes[i % sizes.length];
    const [width, height = 'auto'] = size.split(/\s+/);
    const whole = size === 'cover' || (['auto', '100%'].includes(width) && ['auto', '100%'].includes(height));
    if (!whole) continue; // an underline, a border drawn as a strip
    if (layer.startsWith('url(')) return null;
    const colours = (layer.match(/(rgba?|color)\([^()]*\)/g) || []).map(rgba);
    if (!layer.includes('gradient') || !colours.length) return null;
    if (colours.some(c => c.some((v, k) => Math.abs(v - colours[0][k]) > 0.01))) return null;
    fills.push(colours[0]);
  }
  return fills;
}

function find(target) {
  // axe names an element inside a shadow root as an array of selectors, host first
  let root = document;
  let element = null;
  for (const part of [].concat(target)) {
    element = root.querySelector(Array.isArray(part) ? part[part.length - 1] : part);
    if (!element) return null;
    root = element.shadowRoot || element;
  }
  return element;
}

function contrastOf(element) {
  const style = getComputedStyle(element);
  const background = backgroundOf(element);
  if (!background) return null;
  const text = over(rgba(style.color), background);
  const size = parseFloat(style.fontSize);
  const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
  return { ratio: ratio(text, background), needed: large ? 3 : 4.5, text, background };
}

/** The elements that reach past the right edge of the window, deepest first (those whose children do not). */
function overflowing(limit) {
  // an element, or content spilling out of it (a cell whose text does not wrap), past the right edge
  const wide = [...document.body.querySelectorAll('*')].filter(e => {
    const box = e.getBoundingClientRect();
    const style = getComputedStyle(e);
    const spill = style.overflowX === 'visible' ? box.left + e.scrollWidth : box.right; // hidden overflow scrolls nothing
    return box.width > 0 && Math.max(box.right, spill) > limit + 1 && style.position !== 'fixed';
  });
  return wide.filter(e => !wide.some(other => other !== e && e.contains(other))).slice(0, 5)
    .map(e => ({ html: e.outerHTML.slice(0, 160), right: Math.round(e.getBoundingClientRect().right) }));
}

const describe = e => e.outerHTML.replace(/\s+/g, ' ').slice(0, 200);

/** Waits (2 s at most) until no CSS transition or animation runs: a modal fading in is checked once shown. */
async function settled() {
  const until = performance.now() + 2000;
  while (performance.now() < until
    && document.getAnimations().some(a => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity)) {
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

(async () => {
  await settled();
  const problems = [];
  const result = await window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations', 'incomplete'],
  });
  for (const violation of result.violations) {
    for (const node of violation.nodes) {
      const detail = [...(node.any || []), ...(node.all || []), ...(node.none || [])].map(c => c.message).filter(Boolean).join(' ');
      problems.push({ rule: violation.id, impact: node.impact || violation.impact, help: detail ? `${violation.help} — ${detail}` : violation.help,
        where: [].concat(node.target).join(' '), html: node.html.slice(0, 200) });
    }
  }
  let undecided = 0;
  let decided = 0;
  for (const incomplete of result.incomplete.filter(r => r.id === 'color-contrast')) {
    for (const node of incomplete.nodes) {
      const element = find(node.target);
      const measured = element && contrastOf(element);
      if (!measured) {
        undecided += 1;
        continue;
      }
      decided += 1;
      if (measured.ratio < measured.needed) {
        problems.push({ rule: 'color-contrast (computed)', impact: 'serious',
          help: `Contrast ${measured.ratio.toFixed(2)}:1 < ${measured.needed}:1 (text rgb(${measured.text.slice(0, 3).map(Math.round)}) on rgb(${measured.background.slice(0, 3).map(Math.round)}))`,
          where: [].concat(node.target).join(' '), html: describe(element) });
      }
    }
  }
  const width = window.innerWidth;
  const scrolled = document.documentElement.scrollWidth;
  if (scrolled > width) {
    problems.push({ rule: 'reflow', impact: 'serious',
      help: `The page scrolls sideways: ${scrolled} px wide in a ${width} px window`,
      where: overflowing(width).map(o => `${o.html} (right edge at ${o.right} px)`).join('\n      '), html: '' });
  }
  done(JSON.stringify({ problems, width, rules: result.violations.length, contrastDecided: decided, contrastUndecided: undecided,
    axe: window.axe.version }));
})().catch(error => done(JSON.stringify({ error: String(error && error.stack || error) })));
