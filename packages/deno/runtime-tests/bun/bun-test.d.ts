/** The one `bun:test` function the smoke test uses, so tsc checks the file without Bun's types. */
declare module "bun:test" {
  export function test(name: string, run: () => void | Promise<void>): void;
}
