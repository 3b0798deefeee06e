// Fills the <actie-session> of this page with a sample session and its action plan, so the print
// view has something to show. A module file instead of an inline script, so a strict
// Content-Security-Policy (script-src 'self') keeps working.
const SESSION_URL = new URL('../sessions/wijkteam-noord.json', import.meta.url);
const PLAN_URL = new URL('../plans/wijkteam-noord-plan.json', import.meta.url);

async function loadSample() {
  await customElements.whenDefined('actie-session');
  const session = document.querySelector('actie-session');
  if (!session) return;
  const [sessionText, plan] = await Promise.all([
    fetch(SESSION_URL).then((response) => response.text()),
    fetch(PLAN_URL).then((response) => response.json()),
  ]);
  const imported = await session.store.importSession(sessionText);
  if (!imported.ok) {
    console.error('The sample session could not be read:', imported.errors);
    return;
  }
  session.store.setPlan({ agreements: plan.agreements });
  document.documentElement.dataset.sampleLoaded = 'true';
}

loadSample().catch((error) => console.error('The sample could not be loaded:', error));
