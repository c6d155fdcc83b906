/**
 * The one export of `aws4fetch` the client uses, as a module of its own for `import()`: a
 * bundler keeps every export of a module imported dynamically, and `AwsClient` (its fetch
 * wrapper with retries) is not needed here.
 */
export { AwsV4Signer } from "aws4fetch";
