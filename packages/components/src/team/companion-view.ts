import { html, nothing, type TemplateResult } from 'lit';
import type { AreaReflections, CompanionView, ViewComparison, ViewSide } from '@actie/rules';
import type { Texts } from '../shared/actie-element.js';
import { areaLetter } from '../shared/area-letter.js';
import { statusIcon } from '../shared/result-icons.js';
import type { TeamResultContext } from './team-condition.js';
import type { TeamKey } from './team-overview.strings.js';

function side(el: Texts<TeamKey>, v: ViewSide): TemplateResult {
  const answered = v.favourable + v.unfavourable;
  const status = answered === 0 ? 'unknown' : v.status;
  return html`<span class="status status--${status}" data-status=${status}>
    ${statusIcon(status)}
    ${
      answered === 0
        ? el.t('companionNoView')
        : el.t('companionSide', { status: el.statusLabel(v.status), favourable: el.n(v.favourable), answered: el.n(answered) })
    }
  </span>`;
}

/**
 * A companion group (the initiators) next to the team: per pair of corresponding questions both
 * views, the pairs that differ marked in text; then what the group wrote per area. When the group
 * is too small to show, only how many there are and why their answers are not shown.
 */
export function companionSection(c: TeamResultContext, view: CompanionView, index: number): TemplateResult | typeof nothing {
  const { el, team } = c;
  if (view.participants === 0) return nothing;
  const group = el.mt(view.label);
  const headingId = `${c.id}-view-${index}`;
  const title = el.t('companionTitle', { group, count: el.n(view.participants) });
  if (!view.shown) {
    return html`<section part="companion" class="section companion" data-view=${view.model.id} aria-labelledby=${headingId}>
      <h2 part="heading" id=${headingId}>${title}</h2>
      <p part="companion-hidden">
        ${el.t('companionHidden', { group, count: el.n(view.participants), min: el.n(team.minCompanionGroupSize) })}
      </p>
    </section>`;
  }
  // Where the views differ in the table; the other pairs in a disclosure below it.
  const differs = view.comparison.filter((pair) => pair.differs);
  const same = view.comparison.filter((pair) => !pair.differs);
  const differing = differs.length;
  return html`<section part="companion" class="section companion" data-view=${view.model.id} aria-labelledby=${headingId}>
    <h2 part="heading" id=${headingId}>${title}</h2>
    <p>${el.t('companionIntro')}</p>
    <p part="companion-summary" class="companion__summary">
      ${el.t('companionDifferCount', { count: el.n(differing), total: el.n(view.comparison.length), group })}
    </p>
    ${differs.length ? comparisonTable(c, view, differs, `${headingId}-caption`, el.t('companionCaption', { group })) : nothing}
    ${
      same.length
        ? html`<details part="companion-same" class="companion__same">
            <summary>${el.t('companionSameSummary', { count: el.n(same.length) })}</summary>
            ${comparisonTable(c, view, same, `${headingId}-same-caption`, el.t('companionCaption', { group }))}
          </details>`
        : nothing
    }
    ${
      view.reflections.length
        ? html`<h3 part="subheading">${el.t('companionReflections', { group })}</h3>
            ${reflectionList(c, view.reflections, 'companion-reflections')}`
        : nothing
    }
  </section>`;
}

/** A table of pairs of corresponding questions: the team's question (and theirs), both views, and whether they differ. */
function comparisonTable(
  c: TeamResultContext,
  view: CompanionView,
  pairs: readonly ViewComparison[],
  captionId: string,
  caption: string,
): TemplateResult {
  const { el, model } = c;
  const group = el.mt(view.label);
  const questions = new Map(model.areas.flatMap((a) => a.questions.map((q) => [q.id, q.text] as const)));
  // The companion model the team result was combined with, for its questions' texts.
  const theirs = c.companions.find((m) => m.id === view.model.id);
  const theirQuestions = new Map((theirs?.areas ?? []).flatMap((a) => a.questions.map((q) => [q.id, q.text] as const)));
  return html`<div class="grid-scroll" tabindex="0" role="region" aria-labelledby=${captionId}>
    <table part="comparison" class="grid comparison">
      <caption id=${captionId}>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${el.t('companionQuestion')}</th>
          <th scope="col">${el.t('companionTeam')}</th>
          <th scope="col">${group}</th>
          <th scope="col">${el.t('companionDiffers')}</th>
        </tr>
      </thead>
      <tbody>
        ${pairs.map((pair) => {
          const area = model.areas.find((a) => a.id === pair.area);
          const their = theirQuestions.get(pair.other.question);
          return html`<tr class=${pair.differs ? 'comparison--differs' : ''} data-question=${pair.team.question}>
            <th scope="row" class="grid__condition">
              ${area ? areaLetter(area.letter, { spoken: true }) : nothing}
              ${el.t('question', { text: el.mt(questions.get(pair.team.question)) })}
              ${their ? html`<span class="comparison__their">${el.t('companionTheirQuestion', { group, text: el.mt(their) })}</span>` : nothing}
            </th>
            <td>${side(el, pair.team)}</td>
            <td>${side(el, pair.other)}</td>
            <td data-differs=${pair.differs ? 'true' : 'false'}>
              ${
                pair.differs
                  ? html`<span part="tag differs" class="tag tag--strong">${el.t('companionDiffer')}</span>`
                  : el.t('companionSame')
              }
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

/** What participants wrote per area: as text, never as HTML. */
function reflectionList(c: TeamResultContext, reflections: readonly AreaReflections[], part: string): TemplateResult {
  const { el, model } = c;
  return html`<dl part=${part} class="reflections">
    ${reflections.map((r) => {
      const area = model.areas.find((a) => a.id === r.area);
      return html`<dt data-area=${r.area}>${area ? html`${areaLetter(area.letter)} ${el.mt(area.title)}` : r.area}</dt>
        ${r.texts.map((text) => html`<dd class="reflection">${text}</dd>`)}`;
    })}
  </dl>`;
}

/** The team's reflections per area ("Wat gaat goed? Wat pakken we op?"). */
export function reflectionsSection(c: TeamResultContext): TemplateResult {
  const { el, team } = c;
  const headingId = `${c.id}-reflections`;
  return html`<section part="reflections-section" class="section" aria-labelledby=${headingId}>
    <h2 part="heading" id=${headingId}>${el.t('reflectionsTitle')}</h2>
    ${
      team.reflections.length
        ? html`<p>${el.t('reflectionsIntro')}</p>
            ${reflectionList(c, team.reflections, 'reflections')}`
        : html`<p>${el.t('reflectionsNone')}</p>`
    }
  </section>`;
}
