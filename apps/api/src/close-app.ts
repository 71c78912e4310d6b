import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';

/** How long a stop lets requests in flight finish before their connections are cut. */
export const DRAIN_MS = 10_000;

/**
 * Closes the app: no new connections, requests in flight may finish for `drainMs`, then every connection still open
 * is cut (a slow or stalled client would otherwise hold the stop for Node's 300 s request timeout).
 */
export async function closeApp(app: INestApplication, drainMs = DRAIN_MS): Promise<void> {
  const server = app.getHttpServer() as Server;
  const cut = setTimeout(() => server.closeAllConnections(), drainMs);
  try {
    await app.close();
  } finally {
    clearTimeout(cut);
  }
}
