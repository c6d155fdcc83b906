/** A problem with what the user asked for (target, key, options): reported in one clear line, never a stack. */
export class SetupError extends Error {
  override readonly name = "SetupError";
}
