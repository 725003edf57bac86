import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

class Setting {
  private readonly stored: string;

  constructor(value: string) {
    this.stored = value;
  }

  value(): string {
    return this.stored;
  }
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const fixed = new Setting('localhost');
  const requested = new Setting(host);
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed.value());
  // plumb-expect: command-injection
  exec('ping -c 1 ' + requested.value());

  const legacy = new Setting('MD5');
  const strong = new Setting('SHA-256');
  // plumb-expect: weak-hash
  createHash(legacy.value()).digest('hex');
  // plumb-ok: weak-hash
  createHash(strong.value()).digest('hex');
  res.send('ok');
});

export default app;
