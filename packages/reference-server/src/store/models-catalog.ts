/**
 * The models the server knows, newest first, as `GET /v1/models` lists them. Ids, names
 * and release dates are the ones real model lists show (spec/recorded/ models-list
 * recordings). Messages for a model that is neither listed nor an alias of a listed one get
 * the real 404, `not_found_error` "model: <id>".
 */
export interface ModelEntry {
  readonly id: string;
  readonly display_name: string;
  readonly created_at: string;
  readonly max_input_tokens: number;
  readonly max_tokens: number;
  /** Other names that resolve to this model (undated aliases, `-latest`, `-0`). */
  readonly aliases?: readonly string[];
}

export const models: readonly ModelEntry[] = [
  // Newer than any recording: ids from the 1.13 SDK's model list; dates are placeholders in release order.
  { id: "claude-opus-5-5", display_name: "Claude Opus 5.5", created_at: "2026-11-01T00:00:00Z", max_input_tokens: 1_000_000, max_tokens: 128_000 },
  { id: "claude-sonnet-5-5", display_name: "Claude Sonnet 5.5", created_at: "2026-11-01T00:00:00Z", max_input_tokens: 1_000_000, max_tokens: 128_000 },
  { id: "claude-haiku-5-5", display_name: "Claude Haiku 5.5", created_at: "2026-11-01T00:00:00Z", max_input_tokens: 1_000_000, max_tokens: 64_000 },
  { id: "claude-mythos-5-2", display_name: "Claude Mythos 5.2", created_at: "2026-10-15T00:00:00Z", max_input_tokens: 1_000_000, max_tokens: 128_000 },
  { id: "claude-fable-5-2", display_name: "Claude Fable 5.2", created_at: "2026-10-15T00:00:00Z", max_input_tokens: 1_000_000, max_tokens: 128_000 },
  { id: "claude-mythos-5-1", display_name: "Claude Mythos 5.1", created_at: "2026-09-15T00:00:00Z", max_input_tokens: 1_000_000, max_tokens: 128_000 },
  { id: "claude-fable-5-1", display_name: "Claude Fable 5.1", created_at: "2026-09-15T00:00:00Z", max_input_tokens: 1_000_000, max_tokens: 128_000 },
  { id: "claude-mythos-5", display_name: "Claude Mythos 5", created_at: "2026-08-15T00:00:00Z", max_input_tokens: 1_000_000, max_tokens: 128_000, aliases: ["claude-mythos-preview"] },
  { id: "claude-fable-5", display_name: "Claude Fable 5", created_at: "2026-07-24T00:00:00Z", max_input_tokens: 1_000_000, max_tokens: 128_000 },
  { id: "claude-opus-5", display_name: "Claude Opus 5", created_at: "2026-07-24T00:00:00Z", max_input_tokens: 1_000_000, max_tokens: 128_000 },
  { id: "claude-sonnet-5", display_name: "Claude Sonnet 5", created_at: "2026-07-24T00:00:00Z", max_input_tokens: 1_000_000, max_tokens: 128_000 },
  { id: "claude-opus-4-8", display_name: "Claude Opus 4.8", created_at: "2026-05-01T00:00:00Z", max_input_tokens: 1_000_000, max_tokens: 128_000 },
  { id: "claude-opus-4-7", display_name: "Claude Opus 4.7", created_at: "2026-03-01T00:00:00Z", max_input_tokens: 1_000_000, max_tokens: 128_000 },
  { id: "claude-sonnet-4-6", display_name: "Claude Sonnet 4.6", created_at: "2026-02-17T00:00:00Z", max_input_tokens: 1_000_000, max_tokens: 64_000 },
  { id: "claude-opus-4-6", display_name: "Claude Opus 4.6", created_at: "2026-02-05T00:00:00Z", max_input_tokens: 1_000_000, max_tokens: 128_000 },
  { id: "claude-opus-4-5-20251101", display_name: "Claude Opus 4.5", created_at: "2025-11-24T00:00:00Z", max_input_tokens: 200_000, max_tokens: 64_000, aliases: ["claude-opus-4-5"] },
  { id: "claude-haiku-4-5-20251001", display_name: "Claude Haiku 4.5", created_at: "2025-10-15T00:00:00Z", max_input_tokens: 200_000, max_tokens: 64_000, aliases: ["claude-haiku-4-5"] },
  { id: "claude-sonnet-4-5-20250929", display_name: "Claude Sonnet 4.5", created_at: "2025-09-29T00:00:00Z", max_input_tokens: 1_000_000, max_tokens: 64_000, aliases: ["claude-sonnet-4-5"] },
  { id: "claude-opus-4-1-20250805", display_name: "Claude Opus 4.1", created_at: "2025-08-05T00:00:00Z", max_input_tokens: 200_000, max_tokens: 32_000, aliases: ["claude-opus-4-1"] },
  { id: "claude-opus-4-20250514", display_name: "Claude Opus 4", created_at: "2025-05-22T00:00:00Z", max_input_tokens: 200_000, max_tokens: 32_000, aliases: ["claude-opus-4-0"] },
  { id: "claude-sonnet-4-20250514", display_name: "Claude Sonnet 4", created_at: "2025-05-22T00:00:00Z", max_input_tokens: 1_000_000, max_tokens: 64_000, aliases: ["claude-sonnet-4-0"] },
  { id: "claude-3-7-sonnet-20250219", display_name: "Claude Sonnet 3.7", created_at: "2025-02-24T00:00:00Z", max_input_tokens: 200_000, max_tokens: 64_000, aliases: ["claude-3-7-sonnet-latest"] },
  { id: "claude-3-5-haiku-20241022", display_name: "Claude Haiku 3.5", created_at: "2024-10-22T00:00:00Z", max_input_tokens: 200_000, max_tokens: 8_192, aliases: ["claude-3-5-haiku-latest"] },
  { id: "claude-3-haiku-20240307", display_name: "Claude Haiku 3", created_at: "2024-03-07T00:00:00Z", max_input_tokens: 200_000, max_tokens: 4_096 },
];

const byName = new Map<string, ModelEntry>();
for (const model of models) {
  byName.set(model.id, model);
  for (const alias of model.aliases ?? []) byName.set(alias, model);
}

export function findModel(name: string): ModelEntry | undefined {
  return byName.get(name);
}

/** The catalogue's lines: every model it lists belongs to the one its id names. */
const lineInId = /\b(haiku|sonnet|opus|fable|mythos)\b/;

export function modelInfo(model: ModelEntry): Record<string, unknown> {
  return {
    type: "model",
    id: model.id,
    display_name: model.display_name,
    created_at: model.created_at,
    max_input_tokens: model.max_input_tokens,
    max_tokens: model.max_tokens,
    // Every model here can be called, so all are active, with no deprecation or retirement
    // (some of the older ones are retired on the real API; its table was not checked here).
    lifecycle: "active",
    line: lineInId.exec(model.id.replace(/-/g, " "))?.[1] ?? null,
    deprecated_at: null,
    retires_at: null,
  };
}
