import { html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { AnswerCounts } from '@actie/rules';
import { barPicture, segments } from '../shared/stacked-bars.js';

/**
 * The distribution of a team's answers to one question: a compact inline SVG bar with one segment
 * per answer, as wide as the number of participants who gave it.
 *
 * Every answer has its own fill pattern as well as a colour, so the bar also reads in grey print,
 * for people who do not see colour, and in forced-colors mode (the styles switch to system
 * colours there):
 *
 * | answer       | pattern           |
 * |--------------|-------------------|
 * | yes          | solid             |
 * | partly       | diagonal stripes  |
 * | no           | cross-hatching    |
 * | don't know   | dots              |
 * | unanswered   | empty outline     |
 *
 * The colour says whether the answer is favourable for this question (the colour of "good"),
 * unfavourable (the colour of "needs work") or unknown. The bar has `role="img"` and an accessible
 * name with every count in words; the element shows the same numbers as text next to it.
 *
 * Only SVG attributes and classes are used (no inline `style`), so it works under a strict CSP.
 */

/** The answers in the order their segments are drawn. */
export const BAR_ANSWERS = ['yes', 'partly', 'no', 'dont-know', 'unanswered'] as const;

/** One segment of the bar: an answer, or "unanswered". */
export type BarAnswer = (typeof BAR_ANSWERS)[number];

/** What an answer means for the question: its colour. `neutral` is for the legend. */
export type BarTone = 'favourable' | 'unfavourable' | 'unknown' | 'neutral';

/** The fill pattern of each answer. */
export const BAR_PATTERNS: Readonly<Record<BarAnswer, 'solid' | 'hatch' | 'cross' | 'dots' | 'outline'>> = {
  yes: 'solid',
  partly: 'hatch',
  no: 'cross',
  'dont-know': 'dots',
  unanswered: 'outline',
};

/** Drawing size in SVG user units; CSS scales the bar. */
const WIDTH = 160;
const HEIGHT = 20;
/** Half the stroke width, so outlines stay inside the segment. */
const INSET = 0.75;

/** The tone of an answer for a question whose favourable answer is `favourable`. */
export function answerTone(answer: BarAnswer, favourable: 'yes' | 'no'): BarTone {
  if (answer === 'dont-know' || answer === 'unanswered') return 'unknown';
  return answer === favourable ? 'favourable' : 'unfavourable';
}

/** What {@link distributionBar} needs. */
export interface DistributionBarOptions {
  /** An id unique in the shadow root, used as the prefix of the bar's pattern ids. */
  readonly id: string;
  /** How many participants gave each answer. */
  readonly counts: AnswerCounts;
  /** The question's favourable answer (`yes`, or `no` for a risk question). */
  readonly favourable: 'yes' | 'no';
  /** The accessible name: every count in words. */
  readonly label: string;
}

/** The `<pattern>` of an answer in a tone; `nothing` for the solid and outline answers. */
function patternDef(id: string, answer: BarAnswer, tone: BarTone): SVGTemplateResult | typeof nothing {
  const kind = BAR_PATTERNS[answer];
  const ink = `bar__ink bar__ink--${tone}`;
  if (kind === 'hatch') {
    return svg`<pattern id=${id} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect class="bar__pattern-background" width="5" height="5"></rect>
      <rect class=${ink} width="2.2" height="5"></rect>
    </pattern>`;
  }
  if (kind === 'cross') {
    return svg`<pattern id=${id} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect class="bar__pattern-background" width="5" height="5"></rect>
      <rect class=${ink} width="1.4" height="5"></rect>
      <rect class=${ink} width="5" height="1.4"></rect>
    </pattern>`;
  }
  if (kind === 'dots') {
    return svg`<pattern id=${id} width="5" height="5" patternUnits="userSpaceOnUse">
      <rect class="bar__pattern-background" width="5" height="5"></rect>
      <circle class=${ink} cx="2.5" cy="2.5" r="1.3"></circle>
    </pattern>`;
  }
  return nothing;
}

/** One segment: a rectangle filled with its pattern (or solid colour, or empty for unanswered). */
function segment(
  prefix: string,
  answer: BarAnswer,
  tone: BarTone,
  x: number,
  y: number,
  width: number,
  height: number,
): SVGTemplateResult {
  const patterned = BAR_PATTERNS[answer] !== 'solid' && BAR_PATTERNS[answer] !== 'outline';
  const patternId = `${prefix}-${answer}`;
  return svg`${patterned ? svg`<defs>${patternDef(patternId, answer, tone)}</defs>` : nothing}
    <rect
      class="bar__segment bar__segment--${answer} bar__segment--${tone} bar__segment--${BAR_PATTERNS[answer]}"
      data-answer=${answer}
      x=${x + INSET}
      y=${y + INSET}
      width=${Math.max(0, width - 2 * INSET)}
      height=${height - 2 * INSET}
      fill=${patterned ? `url(#${patternId})` : nothing}
    ></rect>`;
}

/** The bar as an inline SVG with `role="img"` and an accessible name. Zero counts draw nothing. */
export function distributionBar(options: DistributionBarOptions): TemplateResult {
  const { id, counts, favourable, label } = options;
  const total = BAR_ANSWERS.reduce((sum, answer) => sum + counts[answer], 0);
  const unit = total > 0 ? WIDTH / total : 0;
  const bars = segments(BAR_ANSWERS, (answer) => counts[answer], unit).map(({ item: answer, x, width }) =>
    segment(id, answer, answerTone(answer, favourable), x, 0, width, HEIGHT),
  );
  return barPicture(
    { part: 'bar', className: 'bar', label, width: WIDTH, height: HEIGHT, size: { width: WIDTH, height: HEIGHT } },
    svg`<rect class="bar__track" x="0.5" y="0.5" width=${WIDTH - 1} height=${HEIGHT - 1}></rect>${bars}`,
  );
}

/** A small swatch of an answer's pattern for the legend (decorative: the legend text says it). */
export function answerSwatch(prefix: string, answer: BarAnswer): TemplateResult {
  return html`<svg class="bar bar--swatch" viewBox="0 0 28 18" width="28" height="18" aria-hidden="true" focusable="false">
    ${segment(`${prefix}-legend`, answer, 'neutral', 0, 0, 28, 18)}
  </svg>`;
}
