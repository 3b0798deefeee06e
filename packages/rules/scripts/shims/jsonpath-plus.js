// Stands in for jsonpath-plus inside json-rules-engine. json-rules-engine only calls it from its
// default path resolver, which @actie/rules always replaces with its own (paths are plain intake
// question ids). Leaving it out drops a quarter of the engine's size, Node's `vm` module from the
// browser build, and the code paths behind jsonpath-plus's security advisories.
export function JSONPath() {
  throw new Error('JSONPath is not available in @actie/rules; use plain names as paths.');
}
