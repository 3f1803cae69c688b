/** Where the language model answers: CoreNLP's server, managed by GovGraph or the user's own. */
export interface NlpEndpoint {
  /** Base URL without credentials, e.g. http://127.0.0.1:9000/ */
  url: string;
  /** HTTP basic auth, when the server asks for it (the managed one always does). */
  username?: string;
  password?: string;
}

/** Reads credentials out of a URL such as http://user:secret@host:9000 (fetch refuses them inline). */
export function endpointFromUrl(raw: string): NlpEndpoint {
  const url = new URL(raw);
  const endpoint: NlpEndpoint = { url: "" };
  if (url.username) endpoint.username = decodeURIComponent(url.username);
  if (url.password) endpoint.password = decodeURIComponent(url.password);
  url.username = "";
  url.password = "";
  endpoint.url = url.toString();
  return endpoint;
}

/** The Authorization header for an endpoint, if it has credentials. */
export function authorizationHeader(endpoint: NlpEndpoint): Record<string, string> {
  if (endpoint.username === undefined) return {};
  const token = Buffer.from(`${endpoint.username}:${endpoint.password ?? ""}`).toString("base64");
  return { authorization: `Basic ${token}` };
}
