import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const count = req.query.count as string;
  const packets: number = 2 * 2;
  // plumb-ok: command-injection
  exec('ping -c ' + (packets + 1) + ' localhost');
  // plumb-expect: command-injection
  exec('ping -c ' + (packets + count) + ' localhost');

  const legacy: string = 'MD' + (2 + 3);
  // plumb-expect: weak-hash
  createHash(legacy).digest('hex');
  const strong: string = 'SHA-' + 128 * 2;
  // plumb-ok: weak-hash
  createHash(strong).digest('hex');
  res.send('ok');
});

export default app;
