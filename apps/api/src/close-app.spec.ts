import { Controller, Get, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { request, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeApp } from './close-app';

let answerAfterMs = 0;
const answering = new Set<NodeJS.Timeout>();
/** Resolves once the controller has the request: the stop must begin with it in flight, however loaded the machine. */
let arrived: () => void = () => undefined;
const arrival = () => new Promise<void>((resolve) => (arrived = resolve));

@Controller()
class SlowController {
  @Get('slow')
  async slow(): Promise<string> {
    arrived();
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

  /** Sends a request answered after `answerMs`, stops the app with it in flight; resolves with how it ended. */
  async function stopWithRequestInFlight(answerMs: number, drainMs: number): Promise<string> {
    answerAfterMs = answerMs;
    const inFlight = arrival();
    const answer = get(app);
    await inFlight;
    await closeApp(app, drainMs);
    return answer;
  }

  it('lets a request in flight finish within the drain', async () => {
    expect(await stopWithRequestInFlight(100, 5_000)).toBe('done');
  });

  it('cuts a request still running when the drain ends, instead of waiting for it', async () => {
    expect(await stopWithRequestInFlight(60_000, 100)).toMatch(/^error: /);
  });
});
