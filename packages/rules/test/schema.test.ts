// The JSON Schema of the model format (schema/model.schema.json) ships with the package, so an
// editor checks and completes a model file. It must accept every built-in model's data file and
// every model validateModel accepts, and refuse what validateModel refuses for its shape. (It
// cannot check everything validateModel does, such as references between parts or claims; that is
// validateModel's job, which stays the authority.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020Module from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { validateModel } from '../dist/index.js';
// @ts-expect-error -- a plain JavaScript build script without type declarations
import { MODEL_FILES } from '../scripts/models.js';
import { REMOVE, miniModel, setAt } from './helpers.js';

const Ajv2020 = Ajv2020Module as unknown as typeof Ajv2020Module.default;
const schema = JSON.parse(readFileSync(new URL('../schema/model.schema.json', import.meta.url), 'utf8')) as object;
const check = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const agree = (model: unknown, label: string): void => {
  const byCode = validateModel(model).ok;
  const bySchema = check(model);
  assert.equal(
    bySchema,
    byCode,
    `${label}: the schema says ${bySchema}, validateModel says ${byCode} ${JSON.stringify(check.errors ?? [])}`,
  );
};

describe('the JSON Schema of the model format', () => {
  it('is referenced by $schema in every built-in data file, and accepts each of them', () => {
    for (const [name, file] of Object.entries(MODEL_FILES as Record<string, string>)) {
      const text = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
      const data = parse(text) as Record<string, unknown>;
      assert.equal(data['$schema'], '../schema/model.schema.json', `${name} names the schema`);
      assert.ok(check(data), `${name}: ${JSON.stringify(check.errors)}`);
    }
  });

  it('is shipped and exported by the package', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      files: string[];
      exports: Record<string, unknown>;
    };
    assert.ok(pkg.files.includes('schema'));
    assert.equal(pkg.exports['./model.schema.json'], './schema/model.schema.json');
  });

  it('agrees with validateModel on valid models and on broken shapes', () => {
    agree(miniModel(), 'the mini model');
    agree(setAt(miniModel(), '/$schema', './model.schema.json'), 'with $schema');
    agree(setAt(miniModel(), '/version', '2'), 'a version without minor');
    agree(setAt(miniModel(), '/id', REMOVE), 'no id');
    agree(setAt(miniModel(), '/colour', 'red'), 'an unknown key');
    agree(setAt(miniModel(), '/areas/0/questions/0/favourable', 'maybe'), 'a favourable answer that is no answer');
    agree(setAt(miniModel(), '/areas/0/questions/0/key', 'yes'), 'a key that is not true or false');
    agree(setAt(miniModel(), '/areas/0/questions/0/strength', 'strong'), 'a strength that is not a text per language');
    agree(setAt(miniModel(), '/areas/0/id', 'intake'), 'a reserved area id');
    agree(setAt(miniModel(), '/intake/0/kind', 'many'), 'an unknown intake kind');
    agree(setAt(miniModel(), '/roles/0/id', 'boss'), 'an unknown role');
    agree(setAt(miniModel(), '/roleRules/0/priority', 0), 'a priority below 1');
    agree(setAt(miniModel(), '/areas/0/sources/0/year', 1500), 'a year before 1800');
    agree(setAt(miniModel(), '/areas/0/questions/0/id', '__proto__'), 'a reserved id');
  });
});
