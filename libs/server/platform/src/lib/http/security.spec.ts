import type { NextFunction, Request, Response } from 'express';
import { loadConfig } from '../config/app-config';
import { metricsAccess } from './security';

function call(remoteAddress: string, authorization?: string, token?: string) {
  const config = { ...loadConfig({}), metricsToken: token ?? null };
  const req = {
    path: '/metrics',
    headers: { authorization },
    socket: { remoteAddress },
  } as unknown as Request;
  const res = { status: jest.fn().mockReturnThis(), json: jest.fn() } as unknown as Response;
  const next = jest.fn() as NextFunction;
  metricsAccess(config)(req, res, next);
  return {
    passed: (next as jest.Mock).mock.calls.length === 1,
    status: (res.status as jest.Mock).mock.calls[0]?.[0],
  };
}

describe('Access to /metrics', () => {
  it('is open to the monitoring on the machine', () => {
    expect(call('127.0.0.1').passed).toBe(true);
    expect(call('::1').passed).toBe(true);
  });

  it('is refused to another machine without the token', () => {
    expect(call('10.0.0.8')).toEqual({ passed: false, status: 403 });
    expect(call('10.0.0.8', 'Bearer devine', 'le-vrai-jeton')).toEqual({ passed: false, status: 403 });
  });

  it('is open to another machine with the token', () => {
    expect(call('10.0.0.8', 'Bearer le-vrai-jeton', 'le-vrai-jeton').passed).toBe(true);
  });
});

describe('Access to /metrics through a reverse proxy on the machine', () => {
  function relayed(headers: Record<string, string>, token?: string) {
    const config = { ...loadConfig({}), metricsToken: token ?? null };
    const req = { path: '/metrics', headers, socket: { remoteAddress: '127.0.0.1' } } as unknown as Request;
    const res = { status: jest.fn().mockReturnThis(), json: jest.fn() } as unknown as Response;
    const next = jest.fn() as NextFunction;
    metricsAccess(config)(req, res, next);
    return (next as jest.Mock).mock.calls.length === 1;
  }

  it.each([
    ['x-forwarded-for', '203.0.113.9'],
    ['forwarded', 'for=203.0.113.9'],
    ['x-real-ip', '203.0.113.9'],
  ])('is refused to a loopback request carrying %s, without the token', (header, value) => {
    expect(relayed({ [header]: value })).toBe(false);
    expect(relayed({ [header]: value, authorization: 'Bearer le-vrai-jeton' }, 'le-vrai-jeton')).toBe(true);
  });
});
