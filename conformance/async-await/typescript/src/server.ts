import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

async function resolve(value: string): Promise<string> {
  return value;
}

const app = express();

app.get('/ping', async (req: Request, res: Response) => {
  const host = req.query.host as string;
  const fixed = await resolve('localhost');
  const requested = await resolve(host);
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed);
  // plumb-expect: command-injection
  exec('ping -c 1 ' + requested);

  const legacy = await resolve('MD5');
  const strong = await resolve('SHA-256');
  // plumb-expect: weak-hash
  createHash(legacy).digest('hex');
  // plumb-ok: weak-hash
  createHash(strong).digest('hex');
  res.send('ok');
});

export default app;
