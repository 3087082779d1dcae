import type { FastifyReply } from "fastify";

/**
 * For a route whose use case serves the same answer object to many requests (a classification,
 * cached per facts version): its JSON is made once per object, by the route's own response
 * serializer (the schema's checks and field selection), and the text is sent after that. A
 * national list is megabytes; serializing it again for every reader cost more than the rest of
 * the request. One per route: the text is the route's schema's.
 */
export function serializedOnce(): (reply: FastifyReply, payload: object) => FastifyReply {
  const texts = new WeakMap<object, string | Buffer | ArrayBuffer>();
  return (reply, payload) => {
    let text: string | Buffer | ArrayBuffer | undefined = texts.get(payload);
    if (text === undefined) {
      text = reply.serialize(payload);
      texts.set(payload, text);
    }
    // A string is sent as it is: fastify's serializer does not run again.
    return reply.type("application/json; charset=utf-8").send(text);
  };
}
