import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

interface Target {
  host(): string;
}

class FixedTarget implements Target {
  host(): string {
    return 'localhost';
  }
}

class RequestTarget implements Target {
  constructor(private readonly requestedHost: string) {}

  host(): string {
    return this.requestedHost;
  }
}

interface Policy {
  algorithm(): string;
}

class LegacyPolicy implements Policy {
  algorithm(): string {
    return 'MD5';
  }
}

class ModernPolicy implements Policy {
  algorithm(): string {
    return 'SHA-256';
  }
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const fixed: Target = new FixedTarget();
  const requested: Target = new RequestTarget(host);
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed.host());
  // plumb-expect: command-injection
  exec('ping -c 1 ' + requested.host());

  const legacy: Policy = new LegacyPolicy();
  const modern: Policy = new ModernPolicy();
  // plumb-expect: weak-hash
  createHash(legacy.algorithm()).digest('hex');
  // plumb-ok: weak-hash
  createHash(modern.algorithm()).digest('hex');
  res.send('ok');
});

export default app;
