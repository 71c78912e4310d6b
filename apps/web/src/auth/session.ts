/**
 * The sign-in of this browser. The access token (15 minutes) stays in memory only, so a script injected later
 * cannot read it from storage; the refresh token is kept in localStorage so a reload or a new tab stays signed in.
 * Refreshing is single-flight across tabs (Web Locks): refresh tokens rotate, and presenting a used one again revokes
 * the whole sign-in (theft detection), so two tabs must never refresh with the same token.
 */
export interface SessionUser {
  id: string;
  email: string;
  displayName?: string | null;
  roles: string[];
  status: string;
  personId?: string | null;
}

export interface AuthPayload {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: SessionUser;
}

const REFRESH_KEY = 'crossroads.refreshToken';
/** Refresh this long before the access token expires. */
const REFRESH_MARGIN_MS = 60_000;

const USER_FIELDS = 'id email displayName roles status personId';
const REFRESH = `mutation Refresh($token: String!) { refreshToken(token: $token) { accessToken refreshToken expiresIn user { ${USER_FIELDS} } } }`;

type Listener = (user: SessionUser | null) => void;

export class Session {
  private accessToken: string | null = null;
  private expiresAt = 0;
  private user: SessionUser | null = null;
  private refreshing: Promise<boolean> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly endpoint: string,
    private readonly storage: Storage = window.localStorage,
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  get currentUser(): SessionUser | null {
    return this.user;
  }

  get hasRefreshToken(): boolean {
    return this.storage.getItem(REFRESH_KEY) !== null;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stores a login or refresh answer and plans the next refresh. */
  accept(payload: AuthPayload): void {
    this.accessToken = payload.accessToken;
    this.expiresAt = Date.now() + payload.expiresIn * 1000;
    this.storage.setItem(REFRESH_KEY, payload.refreshToken);
    this.setUser(payload.user);
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () => void this.refresh(),
      Math.max(payload.expiresIn * 1000 - REFRESH_MARGIN_MS, 5_000),
    );
  }

  updateUser(user: SessionUser): void {
    this.setUser(user);
  }

  /** Forgets the sign-in locally; returns the refresh token so the caller can end it on the server. */
  clear(): string | null {
    const refreshToken = this.storage.getItem(REFRESH_KEY);
    this.storage.removeItem(REFRESH_KEY);
    this.accessToken = null;
    this.expiresAt = 0;
    clearTimeout(this.timer);
    this.setUser(null);
    return refreshToken;
  }

  /** A valid access token, refreshed first when it is about to expire; null when signed out. */
  async token(): Promise<string | null> {
    if (this.accessToken && Date.now() < this.expiresAt - 5_000) return this.accessToken;
    if (!this.hasRefreshToken) return null;
    return (await this.refresh()) ? this.accessToken : null;
  }

  /** Exchanges the stored refresh token for a new pair; false (and signed out) when it is no longer valid. */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.withLock(() => this.doRefresh()).finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  private async doRefresh(): Promise<boolean> {
    // Read inside the lock: another tab may have rotated the token meanwhile.
    const token = this.storage.getItem(REFRESH_KEY);
    if (!token) return false;
    try {
      const response = await this.fetchImpl(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: REFRESH, variables: { token } }),
      });
      const body = (await response.json()) as { data?: { refreshToken?: AuthPayload } };
      if (body.data?.refreshToken) {
        this.accept(body.data.refreshToken);
        return true;
      }
    } catch {
      return false; // offline: keep the refresh token, try again on the next request
    }
    this.clear();
    return false;
  }

  private async withLock<T>(work: () => Promise<T>): Promise<T> {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    return locks ? locks.request('crossroads-refresh', work) : work();
  }

  private setUser(user: SessionUser | null): void {
    this.user = user;
    for (const listener of this.listeners) listener(user);
  }
}

export const SESSION_USER_FIELDS = USER_FIELDS;
