/**
 * The one export of `@smithy/eventstream-codec` the client uses, as a module of its own for
 * `import()`: a bundler keeps every export of a module imported dynamically, so importing the
 * package itself would carry its encoder and stream classes into a page's bundle. This module
 * imports nothing of the client's own, so that a bundler that does not split code need not
 * wrap the client's modules for lazy evaluation either.
 */
export { EventStreamCodec } from "@smithy/eventstream-codec";
