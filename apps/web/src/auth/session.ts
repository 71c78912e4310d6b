/**
 * The sign-in of this browser. The access token (15 minutes) stays in memory only; the refresh token lives in an
 * httpOnly, SameSite=Strict cookie the API sets on /graphql, which no script of the page can read. localStorage
 * keeps only a marker that this browser is signed in, so a reload or a new tab knows to refresh. Refreshing is
 * single-flight across tabs (Web Locks): refresh tokens rotate, and presenting a used one again revokes the whole
 * sign-in (theft detection), so two tabs must never refresh with the same cookie at once.
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

/** A marker, not a secret: the refresh token itself is in the httpOnly cookie. */
const SIGNED_IN_KEY = 'crossroads.signedIn';
/** Where an older version kept the refresh token itself: removed on sight. */
const LEGACY_REFRESH_KEY = 'crossroads.refreshToken';
/** Refresh this long before the access token expires. */
const REFRESH_MARGIN_MS = 60_000;

const USER_FIELDS = 'id email displayName roles status personId';
const REFRESH = `mutation Refresh { refreshToken { accessToken expiresIn user { ${USER_FIELDS} } } }`;

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
    this.storage.removeItem(LEGACY_REFRESH_KEY);
    return this.storage.getItem(SIGNED_IN_KEY) !== null;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stores a login or refresh answer and plans the next refresh. */
  accept(payload: Omit<AuthPayload, 'refreshToken'>): void {
    this.accessToken = payload.accessToken;
    this.expiresAt = Date.now() + payload.expiresIn * 1000;
    this.storage.setItem(SIGNED_IN_KEY, '1');
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

  /** Forgets the sign-in locally; returns whether there was one, so the caller ends it on the server. */
  clear(): boolean {
    const signedIn = this.storage.getItem(SIGNED_IN_KEY) !== null;
    this.storage.removeItem(SIGNED_IN_KEY);
    this.storage.removeItem(LEGACY_REFRESH_KEY);
    this.accessToken = null;
    this.expiresAt = 0;
    clearTimeout(this.timer);
    this.setUser(null);
    return signedIn;
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
    // Read inside the lock: another tab may have signed out meanwhile.
    if (!this.hasRefreshToken) return false;
    try {
      const response = await this.fetchImpl(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ query: REFRESH }),
      });
      const body = (await response.json()) as { data?: { refreshToken?: Omit<AuthPayload, 'refreshToken'> } };
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
