import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const cleaned: string = host.trim().toLowerCase();
  // plumb-expect: command-injection
  exec('ping -c 1 ' + cleaned);
  const fixed: string = '  LOCALHOST '.trim().toLowerCase();
  // plumb-ok: command-injection
  exec('ping -c 1 ' + fixed);

  const legacy: string = ' md5 '.trim().toUpperCase();
  // plumb-expect: weak-hash
  createHash(legacy).digest('hex');
  const strong: string = ' sha-256 '.trim().toUpperCase();
  // plumb-ok: weak-hash
  createHash(strong).digest('hex');
  res.send('ok');
});

export default app;
