/**
 * What a consumer of a stream usually wants, one value per meaningful event: text, tool
 * input as it arrives, thinking and its signature, citations, each finished block, and the
 * final message. Derived from a stream event after the accumulator applied it.
 */
import type { ContentBlock, Message, MessageStreamEvent, TextCitation } from "../types.ts";
import type { MessageAccumulator } from "./accumulate-message.ts";

export type MessageStreamDelta =
  | { readonly type: "text"; readonly index: number; readonly text: string; readonly snapshot: string }
  | { readonly type: "input_json"; readonly index: number; readonly partialJson: string; readonly snapshot: string }
  | { readonly type: "thinking"; readonly index: number; readonly thinking: string; readonly snapshot: string }
  | { readonly type: "signature"; readonly index: number; readonly signature: string }
  | { readonly type: "citation"; readonly index: number; readonly citation: TextCitation }
  | { readonly type: "content_block"; readonly index: number; readonly block: ContentBlock }
  | { readonly type: "message"; readonly message: Message };

type Loose = Record<string, any>;

export function deltaOf(event: MessageStreamEvent, accumulator: MessageAccumulator): MessageStreamDelta | null {
  const e = event as Loose;
  if (e.type === "message_stop") return { type: "message", message: accumulator.message! };
  if (e.type !== "content_block_delta" && e.type !== "content_block_stop") return null;
  const block = accumulator.message!.content[e.index] as Loose;
  if (e.type === "content_block_stop") return { type: "content_block", index: e.index, block: block as ContentBlock };
  const d = e.delta as Loose;
  switch (d.type) {
    case "text_delta":
      return { type: "text", index: e.index, text: d.text, snapshot: block.text };
    case "input_json_delta":
      return { type: "input_json", index: e.index, partialJson: d.partial_json, snapshot: accumulator.partialJson(e.index) };
    case "thinking_delta":
      return { type: "thinking", index: e.index, thinking: d.thinking, snapshot: block.thinking };
    case "signature_delta":
      return { type: "signature", index: e.index, signature: d.signature };
    case "citations_delta":
      return { type: "citation", index: e.index, citation: d.citation };
    default:
      return null;
  }
}
