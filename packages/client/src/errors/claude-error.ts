/** The base of every error this client throws, so one `instanceof` check catches them all. */
export class ClaudeError extends Error {
  override name = "ClaudeError";
}
