import { html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Status, StatusCounts } from '@actie/rules';
import { barPicture, segments } from '../shared/stacked-bars.js';

/**
 * The at-a-glance picture of the areas: one horizontal bar per area with three stacked segments
 * (good, needs work, unknown). Each status has its own fill pattern as well as its own colour
 * (solid, diagonal stripes, dots), so the picture also reads in grey print, for people who do
 * not see colour, and in forced-colors mode (the styles switch to system colours there).
 *
 * Only SVG attributes and classes are used (no inline `style`), so it works under a strict CSP.
 */

/** One bar of the chart. */
export interface ChartArea {
  readonly id: string;
  /** The label drawn next to the bar, e.g. `A`. */
  readonly letter: string;
  readonly counts: StatusCounts;
}

/** What {@link areaChart} needs. */
export interface AreaChartOptions {
  /** A prefix unique to this element instance, used for pattern ids. */
  readonly id: string;
  readonly areas: readonly ChartArea[];
  /** The accessible name: every area with its counts in words. */
  readonly label: string;
}

/** The statuses in the order their segments are drawn. */
export const CHART_STATUSES: readonly Status[] = ['good', 'needs-work', 'unknown'];

const WIDTH = 320;
const LABEL_WIDTH = 32;
const ROW_HEIGHT = 34;
const BAR_HEIGHT = 24;
const PADDING = 4;
/** Segments narrower than this get no number badge (custom models with many conditions). */
const MIN_BADGE_WIDTH = 22;

function countOf(counts: StatusCounts, status: Status): number {
  return status === 'good' ? counts.good : status === 'needs-work' ? counts.needsWork : counts.unknown;
}

/** The fill of a status: solid colour for good, a pattern for the others. */
function fillOf(prefix: string, status: Status): string | typeof nothing {
  return status === 'good' ? nothing : `url(#${prefix}-${status})`;
}

/** The `<pattern>` for a status (none for good, which is solid). */
function patternDef(id: string, status: Status): SVGTemplateResult | typeof nothing {
  if (status === 'needs-work') {
    return svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect class="chart__pattern-background" width="6" height="6"></rect>
      <rect class="chart__hatch" width="3" height="6"></rect>
    </pattern>`;
  }
  if (status === 'unknown') {
    return svg`<pattern id=${id} width="6" height="6" patternUnits="userSpaceOnUse">
      <rect class="chart__pattern-background" width="6" height="6"></rect>
      <circle class="chart__dot" cx="3" cy="3" r="1.6"></circle>
    </pattern>`;
  }
  return nothing;
}

/** The chart as an inline SVG with `role="img"` and an accessible name. */
export function areaChart(options: AreaChartOptions): TemplateResult {
  const { id, areas, label } = options;
  const max = Math.max(1, ...areas.map((a) => a.counts.total));
  const unit = (WIDTH - LABEL_WIDTH - PADDING) / max;
  const height = areas.length * ROW_HEIGHT + PADDING;
  return barPicture(
    { part: 'chart-image', className: 'chart', label, width: WIDTH, height, preserveAspectRatio: 'xMinYMin meet' },
    svg`<defs>${CHART_STATUSES.map((status) => patternDef(`${id}-${status}`, status))}</defs>
    ${areas.map((area, row) => {
      const y = PADDING + row * ROW_HEIGHT;
      const bars = segments(CHART_STATUSES, (status) => countOf(area.counts, status), unit, LABEL_WIDTH).map(
        ({ item: status, count, x, width }) => {
          const cx = x + width / 2;
          const cy = y + BAR_HEIGHT / 2;
          return svg`<rect
            class="chart__segment chart__segment--${status}"
            x=${x}
            y=${y}
            width=${width}
            height=${BAR_HEIGHT}
            fill=${fillOf(id, status)}
          ></rect>
          ${
            width >= MIN_BADGE_WIDTH
              ? svg`<circle class="chart__badge" cx=${cx} cy=${cy} r="10"></circle>
                <text class="chart__count" x=${cx} y=${cy} text-anchor="middle" dominant-baseline="central" font-size="12">${count}</text>`
              : nothing
          }`;
        },
      );
      return svg`<g class="chart__row" data-area=${area.id}>
        <text class="chart__letter" x=${LABEL_WIDTH / 2 - 2} y=${y + BAR_HEIGHT / 2} text-anchor="middle" dominant-baseline="central" font-size="18" font-weight="700">${area.letter}</text>
        ${bars}
      </g>`;
    })}`,
  );
}

/** A small swatch of a status's fill, for the legend (decorative: the legend text says it). */
export function legendSwatch(prefix: string, status: Status): TemplateResult {
  const id = `${prefix}-legend-${status}`;
  return html`<svg class="chart chart--swatch" viewBox="0 0 28 18" aria-hidden="true" focusable="false">
    <defs>${patternDef(id, status)}</defs>
    <rect
      class="chart__segment chart__segment--${status}"
      x="1"
      y="1"
      width="26"
      height="16"
      fill=${status === 'good' ? nothing : `url(#${id})`}
    ></rect>
  </svg>`;
}
