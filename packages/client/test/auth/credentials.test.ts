import { describe, expect, it } from "vitest";
import { createAuthHeaders } from "../../src/auth/credentials.ts";
import { createRedactor } from "../../src/auth/redactor.ts";
import { MissingCredentialsError } from "../../src/errors/missing-credentials-error.ts";

describe("createAuthHeaders", () => {
  it("sends an API key as x-api-key, synchronously", () => {
    const auth = createAuthHeaders({ apiKey: "sk-ant-test-key-1" }, createRedactor());
    expect(auth()).toEqual({ "x-api-key": "sk-ant-test-key-1" });
  });

  it("sends a token as a bearer", () => {
    expect(createAuthHeaders({ authToken: "token-abcdefgh" }, createRedactor())()).toEqual({ authorization: "Bearer token-abcdefgh" });
  });

  it("prefers the API key when both are given", () => {
    expect(createAuthHeaders({ apiKey: "key-abcdefgh", authToken: "token-abcdefgh" }, createRedactor())()).toEqual({
      "x-api-key": "key-abcdefgh",
    });
  });

  it("calls an async provider on every request and registers each value for redaction", async () => {
    let n = 0;
    const redactor = createRedactor();
    const auth = createAuthHeaders({ authToken: async () => `rotating-token-${++n}` }, redactor);
    expect(await auth()).toEqual({ authorization: "Bearer rotating-token-1" });
    expect(await auth()).toEqual({ authorization: "Bearer rotating-token-2" });
    expect(redactor.redact("rotating-token-1 and rotating-token-2")).toBe("[redacted] and [redacted]");
  });

  it("refuses to send a request with no credentials, naming the options and variables", () => {
    const auth = createAuthHeaders({}, createRedactor());
    expect(() => auth()).toThrow(MissingCredentialsError);
    expect(() => auth()).toThrow(/`apiKey`.*`authToken`.*ANTHROPIC_API_KEY.*ANTHROPIC_AUTH_TOKEN.*`apiKey: null`/s);
  });

  it("sends nothing when credentials are declined on purpose (null) or set as headers", () => {
    expect(createAuthHeaders({ apiKey: null }, createRedactor())()).toEqual({});
    expect(createAuthHeaders({ authToken: null }, createRedactor())()).toEqual({});
    expect(createAuthHeaders({ inHeaders: true }, createRedactor())()).toEqual({});
  });

  it("rejects a provider that returns nothing", async () => {
    await expect(createAuthHeaders({ apiKey: async () => "" }, createRedactor())()).rejects.toThrow(/no value/);
  });
});

describe("createRedactor", () => {
  it("replaces every occurrence of a secret", () => {
    const redactor = createRedactor();
    redactor.add("sk-ant-abcdef123");
    expect(redactor.redact('{"k":"sk-ant-abcdef123","again":"sk-ant-abcdef123"}')).toBe('{"k":"[redacted]","again":"[redacted]"}');
    redactor.add("gateway-token-abcdef");
    expect(redactor.redact("token gateway-token-abcdef, again gateway-token-abcdef.")).toBe("token [redacted], again [redacted].");
  });

  it("ignores values too short to be credentials", () => {
    const redactor = createRedactor();
    redactor.add("abc");
    expect(redactor.redact("abc")).toBe("abc");
  });
});
