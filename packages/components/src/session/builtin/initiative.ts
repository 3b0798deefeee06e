// Its own module, so a bundler puts the complete default model (with its English texts) in a chunk
// loaded only when an element speaks English (see ../default-model.ts).
export { initiativeModel } from '@actie/rules/models/initiative';
