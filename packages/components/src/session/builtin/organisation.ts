// Its own module, so a bundler puts the organisation scan in a chunk loaded only when a page asks for it.
export { organisationModel } from '@actie/rules/models/organisation';
