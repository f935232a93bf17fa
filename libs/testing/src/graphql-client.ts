export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; reason?: string; messages?: { fr: string; en: string }; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

export interface RequestOptions {
  token?: string;
  language?: string;
  headers?: Record<string, string>;
}

/** GraphQL over real HTTP, as a browser or an integration would call it. */
export class GraphQLClient {
  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<GraphQLResponse<T>> {
    return this.post<GraphQLResponse<T>>({ query, variables }, options);
  }

  /** The data, or a thrown error listing the GraphQL errors: for steps that must succeed. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<T> {
    const response = await this.request<T>(query, variables, options);
    if (response.errors?.length || !response.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(response.errors ?? response)}`);
    }
    return response.data;
  }

  /** The first error of a request that must fail. */
  async error(query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<GraphQLErrorBody> {
    const response = await this.request(query, variables, options);
    const error = response.errors?.[0];
    if (!error) throw new Error(`Expected an error, got: ${JSON.stringify(response.data)}`);
    return error;
  }

  async post<T>(body: unknown, options: RequestOptions = {}): Promise<T & { status: number }> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': options.language ?? 'fr',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as T;
    return Object.assign(json as object, { status: response.status }) as T & { status: number };
  }
}
