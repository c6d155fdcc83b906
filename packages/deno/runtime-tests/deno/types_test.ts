/**
 * What Deno's type checker sees through `@claude-spec/deno`: results typed from the spec,
 * wrong calls rejected. `deno test` type-checks this file; nothing here sends a request.
 */
import { createClient, type ClaudeClient, type Message, type MessageStream } from "../../src/index.ts";
import { assert } from "./assert.ts";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(ok: Equal<A, B>) => ok;

async function typeChecks(client: ClaudeClient) {
  const message = await client.messages.create({ model: "m", max_tokens: 1, messages: [{ role: "user", content: "hi" }] });
  const asMessage: Message = message;
  const id: string | null = message.requestId;
  const stream = await client.messages.stream({ model: "m", max_tokens: 1, messages: [{ role: "user", content: "hi" }] });
  same<typeof stream, MessageStream>(true);
  same<Awaited<ReturnType<typeof stream.finalMessage>>, Message>(true);
  const counted = await client.messages.countTokens({ model: "m", messages: [{ role: "user", content: "hi" }] });
  same<typeof counted.input_tokens, number>(true);
  for await (const model of client.models.list()) {
    const name: string = model.display_name;
  }
  const file = await client.files.upload({ file: new File(["x"], "x.txt") });
  const fileId: string = file.id;
  // @ts-expect-error max_tokens is required
  await client.messages.create({ model: "m", messages: [] });
  // @ts-expect-error there is no such resource
  client.completions;
  // @ts-expect-error messages is a list, not a string
  await client.messages.stream({ model: "m", max_tokens: 1, messages: "hi" });
  return [asMessage, id, fileId];
}

Deno.test("the facade's types are the spec's (checked by deno check, not run)", () => {
  assert(typeof typeChecks === "function");
  assert(typeof createClient === "function");
});
