// Preloaded (`--import`) when a README example runs in a test: the example is run exactly
// as written, and its requests to the real API origin go to the test's loopback server.
const target = process.env.README_EXAMPLE_SERVER;
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  if (target && url.startsWith("https://api.anthropic.com/")) {
    const rerouted = target + url.slice("https://api.anthropic.com".length);
    return realFetch(typeof input === "string" || input instanceof URL ? rerouted : new Request(rerouted, input), init);
  }
  return realFetch(input, init);
};
