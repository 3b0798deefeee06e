// Writes the tables of the model pages from the built-in models themselves, so a page never quotes
// a question, an agreement or a migration that its model no longer has: docs/model.md (the default
// model), docs/organisation-model.md and docs/initiator-model.md. Only the parts between
// `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` are written; the prose around them
// (why the areas, the role rules and the area rule are as they are) is written by hand.
//
//   node scripts/model-docs.js            rewrite the generated parts of the model pages
//   node scripts/model-docs.js --check    exit 1 when they are out of date (CI runs this)
//
// Reads the built package (packages/rules/dist): run `pnpm run build` first.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const builtin = (name) => import(new URL(`../packages/rules/dist/model/builtin/${name}.js`, import.meta.url).href);
const { initiativeModel: actieModel } = await builtin('initiative');
const { organisationModel } = await builtin('organisation');
const { initiatorModel } = await builtin('initiator');
/** The model whose page is being written. */
let model = actieModel;

/** Table cell text: no line breaks, pipes escaped. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|');
const quote = (text) => `“${cell(text)}”`;
const row = (values) => `| ${values.join(' | ')} |`;

function intake() {
  const lines = [row(['id', 'Dutch', 'English', 'options']), row(['---', '---', '---', '---'])];
  for (const q of model.intake) {
    const options =
      q.kind === 'text'
        ? `free text, at most ${q.maxLength ?? 200} characters`
        : q.options.map((o) => `\`${o.value}\`${o.level ? ` (${o.level})` : ''}: ${cell(o.label.en)}`).join('; ');
    lines.push(row([`\`${q.id}\``, quote(q.text.nl), quote(q.text.en), options]));
  }
  return lines.join('\n');
}

function source(s) {
  const authors = s.authors ? `${s.authors}, ` : '';
  const url = s.url ? ` <${s.url}>` : '';
  return `${authors}*${s.title}*, ${s.publisher}, ${s.year}${url}`;
}

function areas() {
  const out = [];
  for (const area of model.areas) {
    out.push(`### ${area.letter}: ${area.title.nl} (${area.title.en})`, '');
    out.push(`**What it covers.** ${area.summary.en}`, '', `> ${area.summary.nl}`, '');
    out.push(`**Background from research and practice.** ${area.research.en}`, '');
    out.push(`**Sources.** ${area.sources.map(source).join('; ')}.`, '');
    out.push(row(['id', 'Dutch', 'English', 'actor / level', 'favourable', 'agreement (the plan’s “what”)']));
    out.push(row(['---', '---', '---', '---', '---', '---']));
    for (const q of area.questions) {
      out.push(
        row([
          q.id,
          quote(q.text.nl),
          quote(q.text.en),
          `${q.actor} / ${q.level}`,
          q.favourable,
          quote(q.agreement?.nl ?? q.action.nl),
        ]),
      );
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}

/** A rule tree in words, e.g. `A1 is yes and A9 is yes`, `` `request` includes `task` ``. */
function ruleText(node) {
  if ('all' in node) return node.all.map(ruleText).join(' **and** ');
  if ('any' in node) return `(${node.any.map(ruleText).join(' **or** ')})`;
  if ('not' in node) return `not (${ruleText(node.not)})`;
  const subject = node.fact === 'intake' ? `\`${node.path}\`` : node.fact;
  const values = Array.isArray(node.value) ? node.value.map((v) => `\`${v}\``).join(' or ') : `\`${node.value}\``;
  const verb = {
    equal: 'is',
    notEqual: 'is not',
    in: 'is',
    notIn: 'is not',
    contains: 'includes',
    doesNotContain: 'does not include',
  }[node.operator];
  return `${subject} ${verb} ${values}`;
}

function conditions() {
  const single = new Set(model.areas.flatMap((a) => a.questions.map((q) => q.id)));
  const out = [];
  for (const c of model.conditions.filter((c) => !single.has(c.id))) {
    const area = model.areas.find((a) => a.id === c.area);
    out.push(`### \`${c.id}\`: ${quote(c.title.nl)} / ${quote(c.title.en)}`, '');
    out.push(`- **Area:** ${area.title.nl}. **Good when:** ${ruleText(c.when)}.`);
    out.push(`- **Advice:** ${quote(c.action.nl)}`);
    out.push(`- **Agreement:** ${quote(c.agreement?.nl ?? c.action.nl)} (${quote(c.agreement?.en ?? c.action.en)})`);
    if (c.variants?.length) {
      // A variant fits the intake (phase, or any other intake question) and the suggested stance.
      const when = (v) =>
        Object.entries(v.when)
          .map(([key, values]) => {
            const name = key === 'phase' || key === 'stance' ? key : `\`${key}\``;
            return `${name} ${values.map((x) => `\`${x}\``).join(' or ')}`;
          })
          .join(', ');
      out.push(`- **Variants of the advice:** ${c.variants.map((v) => `${when(v)}: ${quote(v.text.en)}`).join('; ')}`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}

function roleRules() {
  if (!model.roleRules.length) return `_No role rules: every participant gets the default role, \`${model.defaultRole}\`._`;
  const lines = [row(['priority', 'rule', 'suggests', 'fires when']), row(['---', '---', '---', '---'])];
  for (const r of model.roleRules) lines.push(row([r.priority, `\`${r.id}\``, r.role, ruleText(r.when)]));
  return lines.join('\n');
}

/** The migration from the previous major version, as a table. */
function migration() {
  const major = Number(model.version.split('.')[0]);
  const m = model.migrations.find((x) => x.from === String(major - 1));
  if (!m) return '_No migration._';
  const lines = [
    row([`${m.from}.x question`, 'change', `${major}.x question`, 'what happens to a saved answer']),
    row(['---', '---', '---', '---']),
  ];
  const effect = {
    kept: 'kept',
    moved: 'kept, under the new id',
    split: 'kept in the notes of the new questions; they need a new answer',
    merged: 'kept in the note of the new question; it needs a new answer',
    replaced: 'kept in the note of the new question; it needs a new answer',
    removed: 'listed to the user',
  };
  for (const q of m.questions) {
    const extra = q.reanswer?.length
      ? `; ${q.reanswer.map((a) => `\`${a}\``).join(', ')} is kept in the note and needs a new answer`
      : '';
    lines.push(row([q.from, q.change, q.to.join(', ') || '–', effect[q.change] + extra]));
  }
  return lines.join('\n');
}

/** The points of attention: when each applies, whom it is for, and its title. */
function attention() {
  if (!model.attention.length) return '_No points of attention._';
  const lines = [row(['point', 'area', 'for', 'applies when', 'title']), row(['---', '---', '---', '---', '---'])];
  for (const p of model.attention) {
    const area = model.areas.find((a) => a.id === p.area);
    const level = `${p.level}${p.key ? ', key' : ''}`;
    lines.push(row([`\`${p.id}\``, area.title.nl, level, ruleText(p.when), `${quote(p.title.nl)} / ${quote(p.title.en)}`]));
  }
  return lines.join('\n');
}

/** Which question of the other model each question mirrors (the initiators' view). */
function correspondence() {
  const lines = [row(['question', 'Dutch', 'mirrors', 'in model', 'question there (Dutch)'])];
  lines.push(row(['---', '---', '---', '---', '---']));
  const texts = new Map(model.areas.flatMap((a) => a.questions.map((q) => [q.id, q.text])));
  for (const c of model.correspondence) {
    const other = [actieModel, organisationModel, initiatorModel].find((m) => m.id === c.model);
    const theirs = new Map((other?.areas ?? []).flatMap((a) => a.questions.map((q) => [q.id, q.text])));
    for (const pair of c.questions) {
      lines.push(
        row([
          pair.question,
          quote(texts.get(pair.question)?.nl),
          pair.corresponds,
          `\`${c.model}\` ${c.version}.x`,
          quote(theirs.get(pair.corresponds)?.nl),
        ]),
      );
    }
  }
  return lines.join('\n');
}

const pages = [
  { file: 'model.md', of: actieModel, parts: { intake, areas, conditions, 'role-rules': roleRules, attention, migration } },
  { file: 'organisation-model.md', of: organisationModel, parts: { intake, areas, conditions, 'role-rules': roleRules } },
  { file: 'initiator-model.md', of: initiatorModel, parts: { intake, areas, conditions, correspondence } },
];

let stale = 0;
for (const page of pages) {
  model = page.of;
  const target = fileURLToPath(new URL(`../docs/${page.file}`, import.meta.url));
  const before = readFileSync(target, 'utf8');
  let after = before;
  for (const [name, make] of Object.entries(page.parts)) {
    const pattern = new RegExp(`(<!-- generated:${name} -->)[\\s\\S]*?(<!-- /generated:${name} -->)`);
    if (!pattern.test(after)) {
      console.error(`docs/${page.file} has no <!-- generated:${name} --> … <!-- /generated:${name} --> markers.`);
      process.exit(1);
    }
    after = after.replace(pattern, (_, open, close) => `${open}\n${make()}\n${close}`);
  }
  after = after.replace(new RegExp(`\`${model.id}\`, version \`[\\d.]+\``), `\`${model.id}\`, version \`${model.version}\``);
  if (process.argv.includes('--check')) {
    if (after !== before) {
      console.error(`docs/${page.file} is out of date with model ${model.id}: run \`node scripts/model-docs.js\` and commit it.`);
      stale++;
    } else console.log(`docs/${page.file} matches model ${model.id} ${model.version}.`);
  } else {
    writeFileSync(target, after);
    console.log(`docs/${page.file} written from model ${model.id} ${model.version} (${root}).`);
  }
}
if (stale) process.exit(1);
