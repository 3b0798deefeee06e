import { initiatorModelData } from './builtin/initiator.js';
import { trustedModel } from './trusted.js';
import type { ActieModel } from './types.js';

/**
 * The initiators' own view: a short set in plain "je"-form for the initiators themselves, whose
 * questions mirror questions of `actieModel` (see its `correspondence`). Complete and frozen.
 *
 * A module of its own, so that `loadBuiltinModel` (catalogue.ts) can load it with `import()` (a chunk of
 * its own in a bundle).
 */
export const initiatorModel: ActieModel = /*#__PURE__*/ trustedModel(initiatorModelData);
