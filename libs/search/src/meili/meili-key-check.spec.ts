import { AppConfig } from '@crossroads/core';
import { Logger } from '@nestjs/common';
import { Meilisearch } from 'meilisearch';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { MeiliKeyCheck } from './meili-key-check';
import { nodeHttpClient } from './node-http-client';

describe('MeiliKeyCheck', () => {
  let server: Server;
  let host: string;

  beforeAll(async () => {
    // Every key is scoped: GET /keys is refused, as it should be.
    server = createServer((request, response) => {
      request.resume();
      response.writeHead(403, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: 'The provided API key is invalid.', code: 'invalid_api_key' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('takes a refusal through the search client (node:http, whose errors the client wraps) for a scoped key', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      const check = new MeiliKeyCheck(
        { isProduction: true } as AppConfig,
        new Meilisearch({ host, apiKey: 'indexing' }),
        new Meilisearch({ host, apiKey: 'search', httpClient: nodeHttpClient(host, 2) }),
      );
      await expect(check.onApplicationBootstrap()).resolves.toBeUndefined();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});
