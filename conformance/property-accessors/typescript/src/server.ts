import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

class Option {
  private current: string;

  constructor(initial: string) {
    this.current = initial;
  }

  get value(): string {
    return this.current;
  }

  set value(value: string) {
    this.current = value;
  }
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const fixed = new Option('localhost');
  const requested = new Option('localhost');
  requested.value = host;
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed.value);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + requested.value);

  const legacy = new Option('SHA-256');
  legacy.value = 'MD5';
  const strong = new Option('SHA-256');
  // plumb-expect: weak-hash
  createHash(legacy.value).digest('hex');
  // plumb-ok: weak-hash
  createHash(strong.value).digest('hex');
  res.send('ok');
});

export default app;
