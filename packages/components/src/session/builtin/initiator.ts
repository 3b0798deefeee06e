// Its own module, so a bundler puts the initiators' questions in a chunk loaded only when a page asks for it.
export { initiatorModel } from '@actie/rules/models/initiator';
