// A minimal CommonJS registry for the test page: the test server wraps each file as
// cjs.define(name, function (module, exports, require, process) { ...file... }).
window.cjs = (() => {
  const factories = new Map();
  const cache = new Map();
  const process = { env: { NODE_ENV: "production" } };
  function require(name) {
    if (!cache.has(name)) {
      const module = { exports: {} };
      cache.set(name, module);
      factories.get(name)(module, module.exports, require, process);
    }
    return cache.get(name).exports;
  }
  return { define: (name, factory) => factories.set(name, factory), require };
})();
