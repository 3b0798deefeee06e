/**
 * Fetch the text of a model from a URL: the only network request the components make, and only
 * when the host page asks for it with `model-src`. Never throws: a failure is a message for the
 * error summary (English, with the URL).
 */
export async function fetchModel(
  url: string,
  fetcher: typeof fetch,
): Promise<{ readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string }> {
  let problem: string;
  try {
    const response = await fetcher(url, { credentials: 'same-origin' });
    if (response.ok) return { ok: true, text: await response.text() };
    problem = `the server answered ${response.status} ${response.statusText}`;
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  return { ok: false, message: `The model could not be loaded from ${url}: ${problem}.` };
}
