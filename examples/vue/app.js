// The Vue 3 example of docs/embedding.md with a render function instead of a template, so it
// needs only Vue's runtime (no template compiler, no `new Function`: the strict
// Content-Security-Policy holds). `pnpm --filter @actie/example-vue build` writes dist/app.js;
// the end-to-end test (e2e/frameworks.test.js) runs it.
import { createApp, h, ref } from 'vue';
import '@actie/components'; // registers every element

const App = {
  setup() {
    const agreements = ref(0);
    // On the session: every plan change, whether made in the results or the action plan.
    const onPlanChange = (event) => {
      agreements.value = event.detail.plan.agreements.length;
    };
    return () =>
      h('main', { class: 'page' }, [
        h('h1', 'ACTIE-check in Vue'),
        h('p', { id: 'plan-count', role: 'status' }, `Afspraken op het actieplan: ${agreements.value}`),
        h('actie-session', { storage: 'session', 'session-id': 'initiatieven-vue', onActiePlanChange: onPlanChange }, [
          h('actie-assessment'),
          h('actie-results'),
          h('actie-action-plan'),
        ]),
      ]);
  },
};

createApp(App).mount('#app');
