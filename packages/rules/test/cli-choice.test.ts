// Which model the command line uses for a file (the one it names, or --model), the exit codes of
// `actie team`, and lists that are cut short.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { AssessmentResult, TeamResult } from '../dist/index.js';
import { createSession, loadBuiltinModel, localize, serializeSession, validateModel } from '../dist/index.js';
import { RELEASE_02, actie, exits, literal, tempFolder } from './cli-helpers.js';
import { miniModel, valueOf } from './helpers.js';

const temp = tempFolder('actie-cli-choice-');
after(() => temp.remove());

const ORGANISATION = join(RELEASE_02, 'organisation-session.json');
const INITIATOR = join(RELEASE_02, 'initiator-session.json');
const ORGANISATION_PLAN = join(RELEASE_02, 'organisation-plan.json');
const TEAM = fileURLToPath(new URL('../../../examples/team/sessions/', import.meta.url));
const PROFESSIONALS = ['ambtenaar', 'leidinggevende', 'opbouwwerker', 'wijkprofessional'].map((n) => join(TEAM, `${n}.json`));
const INITIATORS = ['initiatiefnemer-1', 'initiatiefnemer-2'].map((n) => join(TEAM, `${n}.json`));

/** A session of the mini model (id "mini", not built in), and the model's file. */
function miniSession(): { session: string; model: string } {
  const model = valueOf(validateModel(miniModel()));
  const session = serializeSession(createSession(model, { intake: { phase: 'early' }, answers: { Q1: 'yes', Q2: 'no' } }));
  return {
    session: temp.file(`mini-session-${Math.random().toString(36).slice(2)}.json`, session),
    model: temp.file('mini.json', JSON.stringify(miniModel())),
  };
}

describe('the model a file names', () => {
  it("score and validate use the built-in model a session names (they refused the organisation scan and the initiators' set)", () => {
    const scored = actie(['score', ORGANISATION, '--format', 'json']);
    exits(scored, 0);
    assert.equal((JSON.parse(scored.stdout) as AssessmentResult).model.id, 'actie-organisation');
    const text = actie(['score', INITIATOR]);
    exits(text, 0);
    // Headed by the initiative (the intake's topic), then the check it is: the initiators' own set.
    assert.match(text.stdout, /^Repair café in de bibliotheek\n=+\n\nACTIE-check voor initiatiefnemers\n/);
    for (const [file, id] of [
      [ORGANISATION, 'actie-organisation'],
      [INITIATOR, 'actie-initiator'],
    ] as const) {
      const validated = actie(['validate', file]);
      exits(validated, 0);
      assert.match(validated.stdout, new RegExp(`: valid session file for "${id}" `));
    }
  });

  it('plan takes the condition titles from the model the plan names (and shows no ids)', async () => {
    const run = actie(['plan', ORGANISATION_PLAN]);
    exits(run, 0);
    // The plan was saved with the organisation scan 1.0. Its migration to 2.0 links the agreement
    // of org-frameworks-known to OA2 and OC4's to OC7, and drops OT6's link (OT6 is gone); the
    // titles are the organisation scan's, not the initiative check's, and no id is shown.
    const organisation = await loadBuiltinModel('organisation');
    const title = (id: string): string => localize(organisation?.conditions.find((c) => c.id === id)?.title, 'nl');
    assert.equal(title('OA2'), 'Spelregels voor de ruimte van initiatieven');
    assert.match(run.stdout, new RegExp(`\\| ${title('OA2')} \\|`));
    assert.match(run.stdout, new RegExp(`\\| ${title('OC7')} \\|`));
    assert.match(
      run.stdout,
      /\| Bespreek in het team hoe medewerkers eerst naar de vraag van bewoners vragen, .* \| open \| {2}\|$/m,
    );
    assert.match(
      run.stderr,
      /saved with version 1\.0 of the model; carried over to 2\.0: 0 answers kept; 3 agreements linked anew\./,
    );
    assert.doesNotMatch(run.stdout, /org-frameworks-known|\bO[ACTIE]\d+\b/);
  });

  it('--model overrides the model the file names', () => {
    const run = actie(['score', ORGANISATION, '--model', 'initiative']);
    exits(run, 1);
    assert.match(
      run.stderr,
      /This session is for the organisation scan \("actie-organisation"\), not for the ACTIE check of one initiative/,
    );
  });

  it('a file without a model id (plain answers) is for the default model', () => {
    const run = actie(['validate', '-'], { input: '{"answers":{"A1":"yes"}}' });
    exits(run, 0);
    assert.equal(run.stdout, '-: valid answers file for "actie-default" 3.0: 1 answer.\n');
  });

  it('a model that is not built in: exit 2 with one line that names the built-in models and --model FILE', () => {
    const { session, model } = miniSession();
    for (const command of ['score', 'validate', 'plan']) {
      const run = actie([command, session]);
      exits(run, 2);
      assert.equal(run.stdout, '');
      assert.equal(
        run.stderr,
        `actie: ${session} is for the model "mini", which is not built in (built in: initiative ("actie-default"), organisation ("actie-organisation"), initiator ("actie-initiator")); pass that model's file with --model FILE, e.g. actie ${command} ${session} --model my-model.yaml.\n`,
      );
    }
    const scored = actie(['score', session, '--model', model, '--format', 'json']);
    exits(scored, 0);
    assert.deepEqual((JSON.parse(scored.stdout) as AssessmentResult).model, { id: 'mini', version: '2.1' });
  });
});

describe('actie team: the team model, and exit codes', () => {
  const combined = (stdout: string): TeamResult => JSON.parse(stdout) as TeamResult;

  it('0 when every file is combined: the professionals as the team, the initiators next to them', () => {
    const run = actie(['team', ...PROFESSIONALS, ...INITIATORS, '--format', 'json']);
    exits(run, 0);
    const team = combined(run.stdout);
    assert.equal(team.model.id, 'actie-default');
    assert.equal(team.participants, 4);
    assert.equal(team.views[0]?.participants, 2);
  });

  it("only the initiators' sessions: they are the team", () => {
    const run = actie(['team', ...INITIATORS, '--format', 'json']);
    exits(run, 0);
    assert.equal(combined(run.stdout).model.id, 'actie-initiator');
    assert.equal(combined(run.stdout).participants, 2);
    // With --model initiative they are shown next to a team that has no one: nothing combined.
    const next = actie(['team', ...INITIATORS, '--model', 'initiative']);
    exits(next, 1);
    assert.match(next.stderr, /Only sessions of "actie-initiator" were given; they are shown next to a team of "actie-default"/);
  });

  it('the organisation scan alone is the team; with the initiative check, two team models: exit 2, which file is which', () => {
    const alone = actie(['team', ORGANISATION, '--format', 'json']);
    exits(alone, 0);
    assert.equal(combined(alone.stdout).model.id, 'actie-organisation');

    const both = actie(['team', ...PROFESSIONALS, ORGANISATION, ...INITIATORS]);
    exits(both, 2);
    assert.equal(both.stdout, '');
    const [a, b, c, d] = PROFESSIONALS;
    assert.equal(
      both.stderr,
      `actie: the files are for different models: ${a}, ${b}, ${c} and 1 more are for initiative ("actie-default"); ${ORGANISATION} is for organisation ("actie-organisation"). Combine the sessions of one model at a time, or choose the team's model with --model NAME.\n`,
    );
    assert.ok(d);
    // --model chooses: the organisation scan's session is then not combined.
    const chosen = actie(['team', ...PROFESSIONALS, ORGANISATION, '--model', 'initiative', '--format', 'json']);
    exits(chosen, 3);
    assert.equal(combined(chosen.stdout).participants, 4);
  });

  it('3 when some files were not combined but others were; 1 when none was', () => {
    const broken = temp.file('broken.json', '{"format":');
    const some = actie(['team', ...PROFESSIONALS, broken, '--format', 'json']);
    exits(some, 3);
    assert.equal(combined(some.stdout).participants, 4);
    assert.match(some.stderr, new RegExp(`^${literal(broken).source}: not combined, 1 problem found:`, 'm'));
    assert.match(some.stderr, /actie: combined 4 sessions; 1 not combined\.\n$/);

    const none = actie(['team', broken, join(temp.dir(), 'missing.json')]);
    exits(none, 1);
    assert.equal(none.stdout, '');
    assert.match(none.stderr, /no session could be combined \(2 files given\)/);

    // A file given twice counts once: that is not a file left out.
    const twice = actie(['team', ...PROFESSIONALS, temp.file('copy.json', readFileSync(PROFESSIONALS[0] ?? '', 'utf8'))]);
    exits(twice, 0);
  });

  it('sessions of a model that is not built in: exit 2 when there are only those; else the rest is combined, exit 3', () => {
    const { session, model } = miniSession();
    const other = miniSession().session;
    const only = actie(['team', session, other]);
    exits(only, 2);
    assert.equal(
      only.stderr,
      `actie: ${session}, ${other} are for "mini", which is not a built-in model (built in: initiative ("actie-default"), organisation ("actie-organisation"), initiator ("actie-initiator")); pass that model's file with --model FILE, e.g. actie team FILE... --model my-model.yaml.\n`,
    );
    const mixed = actie(['team', ...PROFESSIONALS, session, '--format', 'json']);
    exits(mixed, 3);
    assert.match(
      mixed.stderr,
      new RegExp(
        `^actie: ${literal(session).source} is for "mini", which is not built in; to combine it, pass that model's file with --model FILE\\.$`,
        'm',
      ),
    );
    const withModel = actie(['team', session, other, '--model', model, '--format', 'json']);
    exits(withModel, 0);
    assert.equal(combined(withModel.stdout).participants, 2);
  });
});

describe('lists that are cut short say so', () => {
  it('more problems than the check lists: "at least 1,000", and that there may be more', () => {
    const answers = Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`X${i}`, 'yes']));
    const file = temp.file('many-problems.json', JSON.stringify({ answers }));
    for (const command of ['validate', 'score']) {
      const run = actie([command, file]);
      exits(run, 1);
      const lines = run.stderr.trimEnd().split('\n');
      assert.equal(
        lines[0],
        `${file}: at least 1,000 problems found; the check stops after 1,000, so there may be more than these:`,
      );
      assert.equal(lines.length, 1001);
    }
    // Fewer than that: the exact number, as before.
    const few = actie(['validate', temp.file('few-problems.json', JSON.stringify({ answers: { X1: 'yes', X2: 'yes' } }))]);
    assert.match(few.stderr, /: 2 problems found:\n/);
  });
});
