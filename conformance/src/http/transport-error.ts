/**
 * Network and protocol failures in words a user can act on. Node reports them as codes
 * (`ECONNREFUSED`, `HPE_UNEXPECTED_CONTENT_LENGTH`); a report names the broken fact instead.
 */

export interface TransportError {
  /** The Node error code, or our own (`TIMEOUT`). */
  readonly code: string;
  readonly message: string;
}

const httpParserFacts: Readonly<Record<string, string>> = {
  HPE_UNEXPECTED_CONTENT_LENGTH: "the response has both Content-Length and Transfer-Encoding (RFC 9112 §6.3 forbids it)",
  HPE_INVALID_CONSTANT: "the answer is not HTTP/1.x",
  HPE_INVALID_CHUNK_SIZE: "the chunked response body is malformed",
  HPE_INVALID_HEADER_TOKEN: "a response header has an invalid name",
  HPE_INVALID_CONTENT_LENGTH: "the response has an invalid Content-Length",
  HPE_INVALID_TRANSFER_ENCODING: "the response has an invalid Transfer-Encoding",
  HPE_HEADER_OVERFLOW: "the response headers are too large",
};

export function describeTransportError(error: unknown, where: { host: string; phase: string }): TransportError {
  const e = error as { code?: string; message?: string; reason?: string };
  const code = e?.code ?? "ERROR";
  const at = where.host;
  switch (code) {
    case "ECONNREFUSED":
      return { code, message: `connection refused by ${at}: nothing is listening there` };
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return { code, message: `cannot resolve the host of ${at}` };
    case "ECONNRESET":
      return { code, message: `the connection to ${at} was reset ${where.phase}` };
    case "EPIPE":
      return { code, message: `${at} closed the connection ${where.phase}` };
    case "ETIMEDOUT":
    case "ENETUNREACH":
    case "EHOSTUNREACH":
      return { code, message: `${at} is unreachable (${code})` };
    case "Z_DATA_ERROR":
    case "Z_BUF_ERROR":
      return { code, message: "the body does not decode with its Content-Encoding" };
    default:
      break;
  }
  if (code.startsWith("HPE_")) {
    const fact = httpParserFacts[code] ?? `the response is not valid HTTP/1.1 (${e.reason ?? e.message ?? code})`;
    return { code, message: fact };
  }
  if (code.startsWith("ERR_TLS") || code.includes("CERT")) {
    return { code, message: `TLS with ${at} failed: ${e.message ?? code}` };
  }
  return { code, message: `${e.message ?? String(error)} ${where.phase}`.trim() };
}
