// The React 19 example of docs/embedding.md, without JSX (createElement), so it builds with the
// project's bundler alone: `pnpm --filter @actie/example-react build` writes dist/app.js.
// The end-to-end test (e2e/frameworks.test.js) runs it under the strict Content-Security-Policy.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@actie/components'; // registers every element

/** The elements in one session. React 19 adds `on<event>` props of custom elements as listeners. */
function ActieCheck({ onPlanChange }) {
  return h(
    'actie-session',
    {
      storage: 'session',
      'session-id': 'initiatieven-react',
      // On the session: every plan change, whether made in the results or the action plan.
      'onactie-plan-change': (event) => onPlanChange(event.detail.plan),
    },
    h('actie-assessment'),
    h('actie-results'),
    h('actie-action-plan'),
  );
}

function App() {
  const [agreements, setAgreements] = useState(0);
  return h(
    'main',
    { className: 'page' },
    h('h1', null, 'ACTIE-check in React'),
    h('p', { id: 'plan-count', role: 'status' }, `Afspraken op het actieplan: ${agreements}`),
    h(ActieCheck, { onPlanChange: (plan) => setAgreements(plan.agreements.length) }),
  );
}

createRoot(document.getElementById('app')).render(h(App));
