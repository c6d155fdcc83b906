/**
 * @module
 * The claude-spec reference server: an embedded Claude-API-compatible server that speaks
 * the contract of the claude-spec OpenAPI document. `start()` runs it on Node;
 * `createApp()` gives the web-standard handler for other runtimes and in-process use.
 */
export { start, defaultFixturesDir, type StartOptions, type RunningServer } from "./start.ts";
export { createApp, type AppRuntime, type Bindings, type ReferenceApp } from "./app.ts";
export { defaultApiKey, defaultRateLimits, type AppOptions } from "./options.ts";
export { defaultPlatformCredentials, type AwsTestCredential, type PlatformOptions } from "./platforms/platform-options.ts";
export { platformMounts } from "./platforms/platform-route.ts";
export { directivePrefix, directiveField, type FaultDirective } from "./faults/directive.ts";
export { createMemoryStore, type ObjectStore } from "./store/object-store.ts";
export { canonicalJson, isReplayable, type Fixture } from "./messages/fixture-replay.ts";
export { loadFixtures } from "./node/load-fixtures.ts";
export { onLauncherExit } from "./node/launcher-watch.ts";
export type { RecordEntry, Recorder } from "./record/recorder.ts";
export type { RateLimitConfig, BucketConfig } from "./http/rate-limit.ts";
export { sharedWorkspace, type WorkspaceOption } from "./store/workspaces.ts";
export { defaultBatchLimits, type BatchLimits } from "./store/batch-store.ts";
export { toolInputBounds, type ToolInputBounds } from "./messages/tool-input.ts";
