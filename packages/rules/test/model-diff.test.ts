import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ActieModel, MigrationReason, ModelDiff } from '../dist/index.js';
import { diffModels, validateModel } from '../dist/index.js';
import { initiativeModel } from '../dist/model/builtin/initiative.js';
import { REMOVE, miniModel, setAt, tri, valueOf } from './helpers.js';

/** The mini model, changed by `edit` (plain JSON in, checked and completed model out). */
function mini(edit: (m: Record<string, unknown>) => Record<string, unknown> = (m) => m): ActieModel {
  return valueOf(validateModel(edit(miniModel())));
}

/** The reasons of a diff as `kind id` (with the option), for compact assertions. */
function reasons(diff: ModelDiff): string[] {
  return diff.migration.reasons.map((r: MigrationReason) => `${r.need} ${r.kind} ${r.id}${r.option ? `:${r.option}` : ''}`);
}

const Q3 = {
  id: 'Q3',
  text: tri('Question three'),
  actor: 'initiative',
  level: 'frontline',
  favourable: 'yes',
  action: tri('Do three'),
};

describe('diffModels', () => {
  it('finds nothing between a model and itself, and needs no migration', () => {
    const diff = valueOf(diffModels(mini(), mini()));
    assert.equal(diff.changed, false);
    assert.deepEqual(diff.questions, { added: [], removed: [], moved: [], changed: [] });
    assert.deepEqual(diff.conditions, { added: [], removed: [], changed: [] });
    assert.deepEqual(diff.other, []);
    assert.deepEqual(diff.migration, {
      needed: 'no',
      reasons: [],
      handled: false,
      fromMajor: '2',
      toMajor: '2',
      unlisted: { questions: [], conditions: [] },
    });
    assert.deepEqual(diff.before, { id: 'mini', version: '2.1' });
  });

  it('an added question (and its own condition) needs no migration', () => {
    const diff = valueOf(
      diffModels(
        mini(),
        mini((m) => setAt(m, '/areas/0/questions/2', Q3)),
      ),
    );
    assert.deepEqual(diff.questions.added, [{ id: 'Q3', area: 'solo' }]);
    assert.deepEqual(diff.conditions.added, ['Q3']);
    assert.equal(diff.changed, true);
    assert.equal(diff.migration.needed, 'no');
  });

  it('a removed question and its condition need a migration', () => {
    const diff = valueOf(
      diffModels(
        mini(),
        mini((m) => setAt(m, '/areas/0/questions/0', REMOVE)),
      ),
    );
    assert.deepEqual(diff.questions.removed, [{ id: 'Q1', area: 'solo' }]);
    assert.deepEqual(diff.conditions.removed, ['Q1']);
    assert.equal(diff.migration.needed, 'yes');
    assert.deepEqual(reasons(diff), ['yes question-removed Q1', 'yes condition-removed Q1']);
    assert.equal(diff.migration.handled, false);
  });

  it('a question in another area is moved, not removed and added; the new area is another change', () => {
    const after = mini((m) => {
      const area = setAt(
        setAt(m, '/areas/1', { ...(m['areas'] as object[])[0], id: 'duo', letter: 'D', questions: [] }),
        '/areas/1/questions/0',
        (m['areas'] as { questions: object[] }[])[0]?.questions[0],
      );
      return setAt(area, '/areas/0/questions/0', REMOVE);
    });
    const diff = valueOf(diffModels(mini(), after));
    assert.deepEqual(diff.questions.moved, [{ id: 'Q1', from: 'solo', to: 'duo' }]);
    assert.deepEqual(diff.questions.added, []);
    assert.deepEqual(diff.questions.removed, []);
    assert.deepEqual(diff.questions.changed, []);
    // The condition of Q1 moves with it: another area, nothing else.
    assert.deepEqual(diff.conditions.changed, [{ id: 'Q1', fields: [{ field: 'area', before: 'solo', after: 'duo' }] }]);
    assert.deepEqual(
      diff.other.map((v) => v.path),
      ['/areas/1'],
    );
    assert.equal(diff.migration.needed, 'no');
  });

  it('lists the changed fields of a question: text (maybe), favourable answer (yes), actor, level, help, advice', () => {
    let after = miniModel();
    after = setAt(after, '/areas/0/questions/0/text/en', 'Question one, reworded (en)');
    after = setAt(after, '/areas/0/questions/0/favourable', 'no');
    after = setAt(after, '/areas/0/questions/0/actor', 'organisation');
    after = setAt(after, '/areas/0/questions/0/level', 'organisation');
    after = setAt(after, '/areas/0/questions/0/help', tri('Some help'));
    after = setAt(after, '/areas/0/questions/1/action/nl', 'Doe twee, anders');
    const diff = valueOf(
      diffModels(
        mini(),
        mini(() => after),
      ),
    );
    const [q1, q2] = diff.questions.changed;
    assert.equal(q1?.id, 'Q1');
    assert.equal(q1?.area, 'solo');
    assert.deepEqual(
      q1?.fields.map((f) => f.field),
      ['text', 'help', 'actor', 'level', 'favourable'],
    );
    const text = q1?.fields[0];
    assert.deepEqual(text?.before, tri('Question one'));
    assert.deepEqual(text?.after, { ...tri('Question one'), en: 'Question one, reworded (en)' });
    const help = q1?.fields[1];
    assert.ok(help && !('before' in help), 'an added field has no before');
    assert.deepEqual(q1?.fields[4], { field: 'favourable', before: 'yes', after: 'no' });
    assert.deepEqual(q2?.fields, [
      { field: 'action', before: tri('Do two'), after: { ...tri('Do two'), nl: 'Doe twee, anders' } },
    ]);
    // Q1's own condition follows its question: another title, level and rule; Q2's another action.
    assert.deepEqual(
      diff.conditions.changed.map((c) => [c.id, c.fields.map((f) => f.field)]),
      [
        ['Q1', ['title', 'level', 'when']],
        ['Q2', ['action']],
      ],
    );
    assert.equal(diff.migration.needed, 'yes');
    assert.deepEqual(reasons(diff), ['yes favourable-changed Q1', 'yes rule-changed Q1', 'maybe question-text-changed Q1']);
  });

  it('only a reworded question is a "maybe"', () => {
    const diff = valueOf(
      diffModels(
        mini(),
        mini((m) => setAt(m, '/areas/0/questions/1/text/nl', 'Vraag twee, anders')),
      ),
    );
    assert.equal(diff.migration.needed, 'maybe');
    assert.deepEqual(reasons(diff), ['maybe question-text-changed Q2']);
  });

  it('a model with fields the format does not know is refused with its errors, saying which model', () => {
    const before = mini();
    const area = before.areas[0];
    assert.ok(area);
    const after = {
      ...before,
      areas: [{ ...area, questions: area.questions.map((q) => (q.id === 'Q2' ? { ...q, loudness: 'high' } : q)) }],
      futureList: ['Q2'],
    } as unknown as ActieModel;
    const diff = diffModels(before, after);
    assert.equal(diff.ok, false);
    assert.deepEqual(diff.ok ? [] : diff.errors.map((e) => [e.path, e.code]), [
      ['/futureList', 'unknown-key'],
      ['/areas/0/questions/1/loudness', 'unknown-key'],
    ]);
    assert.ok(!diff.ok && diff.errors.every((e) => e.message.startsWith('In the newer model: ')));
  });

  it('conditions: added, removed, and changed in their rule (a migration) or only their texts (none)', () => {
    const rule = { fact: 'Q1', operator: 'equal', value: 'yes' };
    const both = {
      id: 'both',
      area: 'solo',
      title: tri('Both'),
      when: { all: [rule, { fact: 'Q2', operator: 'equal', value: 'no' }] },
      action: tri('Do both'),
    };
    const before = mini((m) => setAt(m, '/conditions', [both]));
    const retitled = valueOf(
      diffModels(
        before,
        mini((m) => setAt(m, '/conditions', [{ ...both, title: tri('Both, retitled') }])),
      ),
    );
    assert.deepEqual(
      retitled.conditions.changed.map((c) => [c.id, c.fields.map((f) => f.field)]),
      [['both', ['title']]],
    );
    assert.equal(retitled.migration.needed, 'no');

    const ruled = valueOf(
      diffModels(
        before,
        mini((m) => setAt(m, '/conditions', [{ ...both, when: { any: both.when.all } }])),
      ),
    );
    assert.deepEqual(reasons(ruled), ['yes rule-changed both']);

    // Without the combined condition, Q1 and Q2 get conditions of their own.
    const removed = valueOf(diffModels(before, mini()));
    assert.deepEqual(removed.conditions.removed, ['both']);
    assert.deepEqual(removed.conditions.added, ['Q1', 'Q2']);
    assert.deepEqual(reasons(removed), ['yes condition-removed both']);
  });

  it('intake: questions and options added, removed and changed', () => {
    const topic = { id: 'topic', kind: 'text', text: tri('Topic?'), maxLength: 100 };
    const before = mini((m) => setAt(m, '/intake/1', topic));
    let after = miniModel();
    after = setAt(after, '/intake/0/options/1', REMOVE); // "late"
    after = setAt(after, '/intake/0/options/1', { value: 'done', label: tri('Done') });
    after = setAt(after, '/intake/0/options/0/label/en', 'Early on');
    after = setAt(after, '/intake/0/help', tri('Which phase'));
    after = setAt(after, '/intake/1', { id: 'where', kind: 'text', text: tri('Where?') });
    const diff = valueOf(
      diffModels(
        before,
        mini(() => after),
      ),
    );
    assert.deepEqual(diff.intake.added, ['where']);
    assert.deepEqual(diff.intake.removed, ['topic']);
    assert.deepEqual(
      diff.intake.changed.map((c) => [c.id, c.fields.map((f) => f.field)]),
      [['phase', ['help']]],
    );
    assert.deepEqual(diff.intake.options.added, [{ question: 'phase', value: 'done' }]);
    assert.deepEqual(diff.intake.options.removed, [{ question: 'phase', value: 'late' }]);
    assert.deepEqual(
      diff.intake.options.changed.map((o) => [o.question, o.value, o.fields.map((f) => f.field)]),
      [['phase', 'early', ['label']]],
    );
    assert.deepEqual(reasons(diff), ['yes intake-question-removed topic', 'yes intake-option-removed phase:late']);
  });

  it('intake: another kind, or a shorter longest answer, needs a migration; a longer one does not', () => {
    const topic = { id: 'topic', kind: 'text', text: tri('Topic?'), maxLength: 100 };
    const before = mini((m) => setAt(m, '/intake/1', topic));
    const shorter = valueOf(
      diffModels(
        before,
        mini((m) => setAt(m, '/intake/1', { ...topic, maxLength: 50 })),
      ),
    );
    assert.deepEqual(reasons(shorter), ['yes intake-shorter topic']);
    const longer = valueOf(
      diffModels(
        before,
        mini((m) => setAt(m, '/intake/1', { ...topic, maxLength: 300 })),
      ),
    );
    assert.deepEqual(reasons(longer), []);
    const choice = { id: 'topic', kind: 'choice', text: tri('Topic?'), options: [{ value: 'a', label: tri('A') }] };
    const kind = valueOf(
      diffModels(
        before,
        mini((m) => setAt(m, '/intake/1', choice)),
      ),
    );
    assert.deepEqual(reasons(kind), ['yes intake-kind-changed topic']);
  });

  it('other texts by JSON Pointer, at their language; a rule that changed shape whole', () => {
    let after = miniModel();
    after = setAt(after, '/title/en', 'Mini model, renamed');
    after = setAt(after, '/areas/0/summary/fy', 'Oars');
    after = setAt(after, '/roles/1/description/nl', 'Fac rol');
    after = setAt(after, '/roleRules/0/when', { fact: 'Q2', operator: 'equal', value: 'yes' });
    const diff = valueOf(
      diffModels(
        mini(),
        mini(() => after),
      ),
    );
    assert.deepEqual(diff.other, [
      { path: '/title/en', before: 'Mini model (en)', after: 'Mini model, renamed' },
      { path: '/areas/0/summary/fy', before: 'The only area (fy)', after: 'Oars' },
      { path: '/roles/1/description/nl', before: 'Fac role (nl)', after: 'Fac rol' },
      {
        path: '/roleRules/0/when',
        before: miniModel()['roleRules'] && (miniModel()['roleRules'] as { when: unknown }[])[0]?.when,
        after: { fact: 'Q2', operator: 'equal', value: 'yes' },
      },
    ]);
    assert.equal(diff.migration.needed, 'no', 'role rules and texts do not change what was saved');
  });

  it('a removed area needs a migration: sessions keep reflections per area', () => {
    const twoAreas = (m: Record<string, unknown>): Record<string, unknown> =>
      setAt(m, '/areas/1', { ...(m['areas'] as object[])[0], id: 'duo', letter: 'D', questions: [Q3] });
    const diff = valueOf(diffModels(mini(twoAreas), mini()));
    assert.deepEqual(reasons(diff), ['yes question-removed Q3', 'yes condition-removed Q3', 'yes area-removed duo']);
  });

  describe('whether the newer model carries files over', () => {
    const removeQ1 = (m: Record<string, unknown>): Record<string, unknown> => setAt(m, '/areas/0/questions/0', REMOVE);

    it('a higher major version alone needs a migration from the older major version', () => {
      const diff = valueOf(
        diffModels(
          mini(),
          mini((m) => setAt(m, '/version', '3.0')),
        ),
      );
      assert.deepEqual(reasons(diff), ['yes major-version mini']);
      assert.equal(diff.changed, true);
      assert.deepEqual(diff.other, [], 'the version is in before and after, not among the other changes');
      assert.equal(diff.migration.handled, false);
      assert.equal(diff.migration.toMajor, '3');
    });

    it('handled: same id, higher major version, a migration from the older major version', () => {
      const migration = {
        from: '2',
        questions: [
          { from: 'Q1', change: 'removed', to: [], text: tri('Question one') },
          { from: 'Q2', change: 'kept', to: ['Q2'] },
        ],
        conditions: [{ from: 'Q2', to: 'Q2' }],
      };
      const after = mini((m) => setAt(setAt(removeQ1(m), '/version', '3.0'), '/migrations', [migration]));
      const diff = valueOf(diffModels(mini(), after));
      assert.equal(diff.migration.needed, 'yes');
      assert.equal(diff.migration.handled, true);
      // Condition Q1 is not listed: agreements linked to it lose their link.
      assert.deepEqual(diff.migration.unlisted, { questions: [], conditions: ['Q1'] });

      const fromOne = valueOf(
        diffModels(
          mini(),
          mini((m) => setAt(setAt(removeQ1(m), '/version', '3.0'), '/migrations', [{ ...migration, from: '1' }])),
        ),
      );
      assert.equal(fromOne.migration.handled, false, 'a migration from another major version does not count');
    });

    it('not handled: the same major version, or another model id', () => {
      const same = valueOf(
        diffModels(
          mini(),
          mini((m) => setAt(removeQ1(m), '/version', '2.2')),
        ),
      );
      assert.equal(same.migration.needed, 'yes');
      assert.equal(same.migration.handled, false);
      const other = valueOf(
        diffModels(
          mini(),
          mini((m) => setAt(m, '/id', 'mini-two')),
        ),
      );
      assert.deepEqual(reasons(other), ['yes other-model mini-two']);
      assert.equal(other.migration.handled, false);
    });

    it('the default model 3.0 carries files of 1.0 over; version 1.0 as release 0.1 exported it', async () => {
      const { readFile } = await import('node:fs/promises');
      const old = valueOf(
        validateModel(await readFile(new URL('./fixtures/release-0.1/model-1.0.json', import.meta.url), 'utf8')),
      );
      const diff = valueOf(diffModels(old, initiativeModel));
      assert.equal(diff.migration.needed, 'yes');
      assert.equal(diff.migration.handled, true);
      assert.deepEqual(diff.migration.unlisted, { questions: [], conditions: [] });
      // 1.0's I8 asked something with "yes" as the good answer; 3.0's I8 (paperwork out of proportion) is a risk.
      assert.ok(
        diff.questions.changed.some((q) => q.id === 'I8' && q.fields.some((f) => f.field === 'favourable')),
        'I8 changed its favourable answer',
      );
    });
  });

  it('is plain data: JSON round-trips it, and the models are not changed', () => {
    const before = mini();
    const after = mini((m) => setAt(m, '/areas/0/questions/0/text/en', 'Other'));
    const copy = structuredClone(after);
    const diff = valueOf(diffModels(before, after));
    assert.deepEqual(JSON.parse(JSON.stringify(diff)), diff);
    assert.deepEqual(after, copy);
  });
});
