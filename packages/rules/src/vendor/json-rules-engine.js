// The one door to json-rules-engine. src/score/engine.ts reaches it only through a dynamic
// import(), so a bundler makes it a chunk of its own, loaded at the first score.
//
// In the sources (tests, type checks, bundlers that compile @actie/rules from source) this is the
// real json-rules-engine package. The build (scripts/build.js) writes dist/vendor/json-rules-engine.js
// in its place: one ES module made by Rollup with json-rules-engine 7.3.1 inside and four of its
// dependencies replaced by the stand-ins in scripts/shims/.
export { Engine } from 'json-rules-engine';
