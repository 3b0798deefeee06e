// Loaded with import() by ./model-source.ts when a model from the page (`model`, `model-src`) has
// to be checked: the validation code, with the default model it takes defaults from, is then a
// chunk that pages with a built-in model never fetch.
export { validateModel } from '@actie/rules';
