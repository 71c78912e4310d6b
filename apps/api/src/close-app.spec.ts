import { Controller, Get, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { request, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeApp } from './close-app';

let answerAfterMs = 0;
const answering = new Set<NodeJS.Timeout>();

@Controller()
class SlowController {
  @Get('slow')
  async slow(): Promise<string> {
    await new Promise((resolve) => answering.add(setTimeout(resolve, answerAfterMs)));
    return 'done';
  }
}

@Module({ controllers: [SlowController] })
class SlowModule {}

/** Sends GET /slow; resolves with the body, or with the error that ended the request. */
function get(app: INestApplication): Promise<string> {
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/slow', agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve(body));
      res.on('error', (error) => resolve(`error: ${error.message}`));
    });
    req.on('error', (error) => resolve(`error: ${error.message}`));
    req.end();
  });
}

describe('closeApp', () => {
  let app: INestApplication;

  beforeEach(async () => {
    app = await NestFactory.create(SlowModule, { logger: false });
    await app.listen(0, '127.0.0.1');
  });

  afterEach(() => {
    for (const timer of answering) clearTimeout(timer);
    answering.clear();
  });

  it('lets a request in flight finish within the drain', async () => {
    answerAfterMs = 100;
    const answer = get(app);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await closeApp(app, 5_000);
    await expect(answer).resolves.toBe('done');
  });

  it('cuts a request still running when the drain ends, instead of waiting for it', async () => {
    answerAfterMs = 60_000;
    const answer = get(app);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await closeApp(app, 100);
    await expect(answer).resolves.toMatch(/^error: /);
  });
});
