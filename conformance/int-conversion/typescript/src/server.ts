import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const count = req.query.count as string;
  const packets: number = parseInt(count, 10);
  // plumb-ok: command-injection
  exec('ping -c ' + packets + ' localhost');
  // plumb-expect: command-injection
  exec('ping -c ' + count + ' localhost');

  const legacy: string = 'MD' + parseInt('5', 10);
  // plumb-expect: weak-hash
  createHash(legacy).digest('hex');
  const strong: string = 'SHA-' + parseInt('256', 10);
  // plumb-ok: weak-hash
  createHash(strong).digest('hex');
  res.send('ok');
});

export default app;
