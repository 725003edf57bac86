import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', async (req: Request, res: Response) => {
  const host = req.query.host as string;
  const fixed: string = await Promise.resolve('localhost').then((h) => 'ping -c 1 ' + h);
  const requested: string = await Promise.resolve(host).then((h) => 'ping -c 1 ' + h);
  // plumb-ok: command-injection
  exec(fixed);
  // plumb-expect: command-injection
  exec(requested);

  const legacy: string = await Promise.resolve('MD').then((f) => f + '5');
  const strong: string = await Promise.resolve('SHA-').then((f) => f + '256');
  // plumb-expect: weak-hash
  createHash(legacy).digest('hex');
  // plumb-ok: weak-hash
  createHash(strong).digest('hex');
  res.send('ok');
});

export default app;
