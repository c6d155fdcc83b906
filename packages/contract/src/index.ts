/**
 * @module
 * Checks Claude API traffic against the claude-spec OpenAPI document. Used by the spec's
 * own tests against recorded traffic, by the reference server to validate requests, and by
 * the conformance suite to validate what a target answers.
 */
export { createContractValidator, mediaType, type ContractValidator } from "./validator.ts";
export { matchOperation, operationsAtPath, type OperationMatch } from "./operation-match.ts";
export { formatViolation, type Violation } from "./violation.ts";
export { specDocument } from "./spec-document.ts";
export { operations, operationsById, type OperationId, type OperationInfo } from "@claude-spec/generated/operations";
export {
  platformOperations,
  platforms,
  type PlatformInfo,
  type PlatformKind,
  type PlatformName,
  type PlatformOperationInfo,
} from "@claude-spec/generated/platform-operations";
