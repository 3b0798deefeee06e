// Reading saved answers with code loaded on demand (src/session/saved-reading.ts): what the person
// sees while it loads, when it cannot be loaded, and when a newer read or a new model comes first.
import { expect } from '@open-wc/testing';
import { type ActieModel } from '@actie/rules';
import { initiativeModel } from '@actie/rules/models/initiative';
import { onDemand, type OnDemand } from '../src/session/on-demand.js';
import { SavedReading } from '../src/session/saved-reading.js';

describe('SavedReading', () => {
  it('is loading until the code is there, then runs the work once and is done', async () => {
    const states: (string | undefined)[] = [];
    const reading = new SavedReading();
    reading.addEventListener('change', () => states.push(reading.state?.status));
    let ran = 0;
    reading.start(initiativeModel, (code, model) => {
      expect(typeof code.restored).to.equal('function');
      expect(model).to.equal(initiativeModel);
      ran++;
    });
    expect(reading.state?.status).to.equal('loading');
    await reading.settled();
    expect(ran).to.equal(1);
    expect(reading.state).to.equal(undefined);
    expect(states).to.deep.equal(['loading', undefined]);
  });

  it('when the code cannot be loaded: an error that says so, and the work never runs', async () => {
    const reading = new SavedReading(() => Promise.reject(new Error('network down')));
    let ran = false;
    reading.start(initiativeModel, () => (ran = true));
    await reading.settled();
    expect(ran).to.equal(false);
    const state = reading.state;
    expect(state?.status).to.equal('error');
    const message = state?.status === 'error' ? (state.errors[0]?.message ?? '') : '';
    expect(message).to.include('read the saved answers');
    expect(message).to.include('network down');
    expect(message).to.include('nothing was changed');
  });

  it('a read that was stopped (another model, another session) never runs its work', async () => {
    let release: (code: OnDemand) => void = () => undefined;
    const reading = new SavedReading(() => new Promise<OnDemand>((resolve) => (release = resolve)));
    const ran: string[] = [];
    reading.start(initiativeModel, () => ran.push('first'));
    reading.stop();
    expect(reading.state).to.equal(undefined);
    release(await onDemand());
    await reading.settled();
    expect(ran).to.deep.equal([]);
  });

  it('with a model still loading, waits for it; when none comes (another model was chosen, or it failed), the work never runs', async () => {
    let give: (model: ActieModel | undefined) => void = () => undefined;
    const reading = new SavedReading();
    const ran: ActieModel[] = [];
    reading.start(
      () => new Promise<ActieModel | undefined>((resolve) => (give = resolve)),
      (_code, model) => ran.push(model),
    );
    await onDemand(); // the code is there; the model is not
    await Promise.resolve();
    expect(reading.state?.status, 'still loading: the model is not there').to.equal('loading');
    give(initiativeModel);
    await reading.settled();
    expect(ran).to.deep.equal([initiativeModel]);

    reading.start(
      () => Promise.resolve(undefined),
      (_code, model) => ran.push(model),
    );
    await reading.settled();
    expect(ran, 'no second run').to.have.length(1);
    expect(reading.state, 'nothing to show: the model state says why').to.equal(undefined);
  });
});
