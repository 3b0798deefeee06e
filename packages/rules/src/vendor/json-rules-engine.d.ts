// Types of src/vendor/json-rules-engine.js (a plain JavaScript file, so that `tsc` emits nothing
// for it and the build's own bundle is the only dist/vendor/json-rules-engine.js).
export { Engine } from 'json-rules-engine';
