import express, { Request, Response } from 'express';
import { format } from 'util';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const command: string = format('ping -c 1 %s', host);
  // plumb-expect: command-injection
  exec(command);
  const fixed: string = format('ping -c %d %s', 1, 'localhost');
  // plumb-ok: command-injection
  exec(fixed);

  const legacy: string = format('%s%d', 'MD', 5);
  // plumb-expect: weak-hash
  createHash(legacy).digest('hex');
  const strong: string = format('SHA-%d', 256);
  // plumb-ok: weak-hash
  createHash(strong).digest('hex');
  res.send('ok');
});

export default app;
