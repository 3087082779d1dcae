/**
 * node-postgres, loaded without the fetch client. When pg loads, it asks whether it runs in a
 * Cloudflare Worker: it reads `navigator.userAgent`, and where there is no `navigator` (Node 20;
 * Node 21 and later have one) it constructs a fetch `Response` to find out, which loads Node's
 * whole HTTP client (undici): 0.1-0.5 s of every command-line call on PostgreSQL, for an answer
 * that is always "no" here. For that one question it sees the `navigator` Node 21 would give;
 * the global is removed again at once, since other libraries take a `navigator` to mean a browser.
 */
const lacksNavigator = !("navigator" in globalThis);
if (lacksNavigator) {
  Object.defineProperty(globalThis, "navigator", {
    value: { userAgent: `Node.js/${process.versions.node.split(".")[0]}` },
    configurable: true,
  });
}
const { default: pg } = await import("pg").finally(() => {
  if (lacksNavigator) Reflect.deleteProperty(globalThis, "navigator");
});

export default pg;
