// Its own module, so a bundler puts the rest of the Dutch default model (all but its questions,
// which are in the main code) in a chunk loaded when it is first needed (see ../default-model.ts).
export { initiativeModelNl } from '@actie/rules/models/initiative-nl';
