import { AppError } from '../errors/app-error';
import { decodeCursor, encodeCursor, pageRequest, toConnection } from './connection';

describe('Relay pagination', () => {
  it('round-trips cursors to the next offset', () => {
    expect(decodeCursor(encodeCursor(0))).toBe(1);
    expect(decodeCursor(encodeCursor(41))).toBe(42);
    expect(decodeCursor(undefined)).toBe(0);
  });

  it.each(['garbage', Buffer.from('o:-1').toString('base64url'), Buffer.from('x:3').toString('base64url')])(
    'rejects foreign cursor %s with BAD_USER_INPUT',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(AppError);
    },
  );

  it.each(['o:', 'o:-0', 'o: 2', 'o:2 ', 'o:0x2', 'o:2.0', 'o:1e3', 'o:02', 'o:+2'])(
    'rejects the cursor %j, which the server never writes',
    (text) => {
      expect(() => decodeCursor(Buffer.from(text).toString('base64url'))).toThrow(AppError);
    },
  );

  it('rejects a server cursor with characters added', () => {
    const cursor = encodeCursor(22);
    for (const forged of [`${cursor}=`, `${cursor}!`, `!${cursor}`, Buffer.from('o:22').toString('base64')]) {
      if (forged === cursor) continue;
      expect(() => decodeCursor(forged)).toThrow(AppError);
    }
  });

  it('fetches one extra row and reports hasNextPage from it', () => {
    const page = pageRequest({ first: 2 });
    expect(page).toEqual({ offset: 0, limit: 3, first: 2 });
    const connection = toConnection(['a', 'b', 'c'], 3, page);
    expect(connection.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    const next = pageRequest({ first: 2, after: connection.pageInfo.endCursor! });
    expect(next.offset).toBe(2);
    const last = toConnection(['c'], 3, next);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('handles an empty page', () => {
    const connection = toConnection([], 0, pageRequest({}));
    expect(connection.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
