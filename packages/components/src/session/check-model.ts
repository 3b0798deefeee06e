// Loaded with import() by ./model-source.ts when a model from the page (`model`, `model-src`) has
// to be fetched or checked: the validation code, with the default model's parts it takes defaults
// from, is then a chunk that pages with a built-in model never fetch.
export { validateModel } from '@actie/rules';

/**
 * The text of a model fetched from a URL (`response`: the request, started by the caller so that
 * it runs while this code loads): the only network request the components make, and only when the
 * host page asks for it with `model-src`. Never rejects: a failure is a message for the error
 * summary (English, with the URL).
 */
export async function modelText(
  url: string,
  response: Promise<Response>,
): Promise<{ readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string }> {
  let problem: string;
  try {
    const answered = await response;
    if (answered.ok) return { ok: true, text: await answered.text() };
    problem = `the server answered ${answered.status} ${answered.statusText}`;
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  return { ok: false, message: `The model could not be loaded from ${url}: ${problem}.` };
}
