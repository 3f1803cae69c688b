/** The explorer's only way to the data: POST to the public GraphQL endpoint. */

export type ApiErrorKind = "unreachable" | "http" | "graphql";

/** A failed request, with a kind the UI turns into a message that says what happened. */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

const endpoint = new URL("graphql", document.baseURI).toString();

/** A GraphQL request; with `token`, as that editor (Authorization: Bearer). */
export async function request<T, Variables extends Record<string, unknown> = Record<string, unknown>>(
  query: string,
  variables: Variables = {} as Variables,
  token?: string,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiError("unreachable", error instanceof Error ? error.message : String(error));
  }
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError("http", `HTTP ${response.status}`);
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError("graphql", first.message, first.extensions?.code);
  if (!response.ok || !body.data) throw new ApiError("http", `HTTP ${response.status}`);
  return body.data;
}
