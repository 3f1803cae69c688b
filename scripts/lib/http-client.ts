/** A minimal JSON POST over keep-alive connections (node:http), cheaper per call than fetch. */
import http from "node:http";

const singleConnection = new http.Agent({ keepAlive: true, maxSockets: 1 });

export interface PostOptions {
  /** Defaults to one shared keep-alive connection. */
  agent?: http.Agent;
  /** Fails the request with code TIMEOUT after this long. */
  timeoutMs?: number;
}

/**
 * POSTs `body` and parses the JSON answer. A server may close an idle keep-alive connection just
 * as the next request goes out on it; that request is sent once more on a new connection, as the
 * Node.js documentation advises (`request.reusedSocket`).
 */
export async function postJson(
  url: string | URL,
  body: string,
  options: PostOptions = {},
): Promise<{ status: number; json: unknown }> {
  try {
    return await postOnce(url, body, options);
  } catch (error) {
    if ((error as { retryOnNewConnection?: boolean }).retryOnNewConnection)
      return postOnce(url, body, options);
    throw error;
  }
}

function postOnce(
  url: string | URL,
  body: string,
  { agent = singleConnection, timeoutMs }: PostOptions,
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: "POST",
        agent,
        timeout: timeoutMs,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          try {
            resolve({
              status: response.statusCode ?? 0,
              json: JSON.parse(Buffer.concat(chunks).toString("utf8")),
            });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(Object.assign(new Error("timeout"), { code: "TIMEOUT" })));
    request.on("error", (error: NodeJS.ErrnoException) =>
      reject(
        request.reusedSocket && error.code === "ECONNRESET"
          ? Object.assign(error, { retryOnNewConnection: true })
          : error,
      ),
    );
    request.end(body);
  });
}
