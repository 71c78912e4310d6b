export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
  path?: (string | number)[];
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

/** GraphQL over real HTTP, as a client sends it. */
export class GraphQLClient {
  constructor(private readonly url: string) {}

  async request<T = Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, ...body };
  }

  /**
   * The data of a request that must succeed: throws, naming the operation and its errors, when it does not. The
   * one `ok` helper of the specs (query, variables, headers: the order of `request`).
   */
  async ok<T = Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const response = await this.request<T>(query, variables, headers);
    if (response.errors || !response.data) {
      const operation = query.replace(/\s+/g, ' ').trim().slice(0, 120);
      throw new Error(`${operation}\n${JSON.stringify(response.errors ?? response)}`);
    }
    return response.data;
  }

  /** The error codes of a response, for concise assertions. */
  static codes(response: GraphQLResponse): (string | undefined)[] {
    return (response.errors ?? []).map((error) => error.extensions?.code);
  }
}
