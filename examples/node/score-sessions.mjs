#!/usr/bin/env node
// Score ACTIE session files ("download my answers") in Node with @actie/rules, and combine them
// into one team result. No browser, no network: everything happens on this computer. Plain answer
// files (`{ intake, answers, notes }`, as `actie score` reads them) are accepted too. Each session is
// scored with the built-in model it was made with; the initiators' sessions (their own questions)
// are shown as their own group next to the team.
//
//   node examples/node/score-sessions.mjs examples/sessions/*.json
//   node examples/node/score-sessions.mjs examples/team/sessions/*.json
//   node examples/node/score-sessions.mjs                       (default: examples/sessions/*.json)
//
// In your own project, import from '@actie/rules' instead of the relative path below.
import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  aggregate,
  builtinModelOf,
  createSession,
  loadBuiltinModel,
  localize,
  openSession,
  score,
  validateAnswers,
} from '../../packages/rules/dist/index.js';

const lang = 'en';
const t = (text) => localize(text, lang, ['nl', 'en']);

const actieModel = await loadBuiltinModel('initiative');

/** The built-in model a session file was made with (by its model id); the default model otherwise. */
async function modelOf(text) {
  return (await loadBuiltinModel(builtinModelOf(text) ?? 'initiative')) ?? actieModel;
}

/** The files named on the command line, or every JSON file in examples/sessions/. */
async function inputFiles() {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  if (args.length) return args;
  const dir = fileURLToPath(new URL('../sessions/', import.meta.url));
  return (await readdir(dir))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * A session file, or a plain answers file, checked against the model. Gives the scoring input and
 * a session file for aggregate(). A session saved with an older version of the questions is
 * carried over to the current one (openSession says what changed).
 */
function readInput(model, text) {
  const opened = openSession(model, text, { lang });
  if (opened.ok) return { ok: true, value: opened.value.input, session: opened.value.session, migration: opened.value.migration };
  const parsed = opened;
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return parsed; // not JSON at all: the session parser's message says so
  }
  if (!json || typeof json !== 'object' || 'format' in json || !('answers' in json)) return parsed;
  const answers = validateAnswers(model, json);
  return answers.ok ? { ok: true, value: answers.value, session: createSession(model, answers.value) } : answers;
}

const counts = (c) => `${c.good} good, ${c.needsWork} needs work, ${c.unknown} unknown`;

const files = await inputFiles();
const sessions = [];
let problems = 0;

for (const file of files) {
  const name = basename(file);
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    console.log(`${name}: cannot be read (${error.code ?? error.message})\n`);
    problems++;
    continue;
  }
  // 1. Is it a session file (or plain answers)?  2. Do the answers fit this model?
  //    Both checks return { ok: false, errors } for bad input; they never throw.
  const model = await modelOf(text);
  const input = readInput(model, text);
  if (!input.ok) {
    console.log(`${name}: not scored`);
    for (const error of input.errors) console.log(`  ${error.path || '/'}: ${error.message}`);
    console.log('');
    problems++;
    continue;
  }
  sessions.push({ source: name, data: input.session });
  if (input.migration) {
    const m = input.migration;
    console.log(
      `${name}: saved with version ${m.from}, carried over to ${m.to} (${m.carried.length} answers kept, ${m.reanswer.length} questions need a new answer)`,
    );
  }

  // 3. Score it: every condition good, needs work or unknown, with action points and a role.
  const result = await score(model, input.value);
  const topic = input.value.intake?.topic ? ` (${input.value.intake.topic})` : '';
  console.log(`${name}${topic}${model === actieModel ? '' : ` [${t(model.title)}]`}`);
  console.log(`  answered ${result.progress.answered} of ${result.progress.total} questions`);
  console.log(`  overall: ${result.overall.status}: ${counts(result.overall.counts)}`);
  const areas = result.areas.map((area) => {
    const letter = model.areas.find((a) => a.id === area.id)?.letter ?? area.id;
    return `${letter} ${area.status}`;
  });
  console.log(`  areas: ${areas.join(', ')}`);
  if (model.roleRules.length) {
    console.log(`  suggested role: ${result.role.suggested}${result.role.differs ? ` (now: ${result.role.current})` : ''}`);
  }
  const first = result.actionPoints[0];
  if (first) console.log(`  first action point (${result.actionPoints.length} in all): ${t(first.text)}`);
  console.log('');
}

// 4. Combine everyone: team status per condition and where the team disagrees.
if (sessions.length) {
  // The initiators' sessions are recognised by their model and kept apart (team.views).
  const team = await aggregate(actieModel, sessions);
  console.log(`Team: ${team.participants} participant${team.participants === 1 ? '' : 's'}`);
  console.log(`  overall: ${team.overall.status}: ${counts(team.overall.counts)}`);
  for (const [level, group] of Object.entries(team.byLevel)) {
    console.log(`  ${level} level (${group.participants}): ${group.overall.status}: ${counts(group.overall.counts)}`);
  }
  if (team.hiddenLevels) {
    const why = team.hiddenLevels.reason === 'difference' ? 'the rest could be read from the difference' : 'too few';
    console.log(
      `  not shown per level (${team.hiddenLevels.levels.join(', ')}): groups of fewer than ${team.minGroupSize}, ${why}`,
    );
  }
  const strong = team.disagreements.filter((c) => c.disagreementLevel === 'strong');
  console.log(`  discussion points: ${strong.length} strong (yes against no), ${team.disagreements.length - strong.length} mild`);
  for (const condition of team.disagreements.slice(0, 5)) {
    console.log(`    - ${condition.id} [${condition.disagreementLevel}]: ${t(condition.title)} (${counts(condition.counts)})`);
  }
  for (const view of team.views.filter((v) => v.participants > 0)) {
    if (!view.shown) {
      console.log(`  ${t(view.label)}: ${view.participants}, not shown (fewer than ${team.minCompanionGroupSize})`);
      continue;
    }
    const differ = view.comparison.filter((pair) => pair.differs).map((pair) => `${pair.team.question}/${pair.other.question}`);
    console.log(`  ${t(view.label)} (${view.participants}) see it differently on: ${differ.join(', ') || 'nothing'}`);
  }
  for (const duplicate of team.duplicates) console.log(`  counted once: ${duplicate.source} (same as ${duplicate.sameAs})`);
  console.log(`  team action points: ${team.actionPoints.length}`);
  for (const rejected of team.rejected) console.log(`  not combined: ${rejected.source}`);
}

if (!files.length) console.log('No session files given.');
process.exitCode = problems ? 1 : 0;
