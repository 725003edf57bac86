import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  for (const fixed of new Set<string>(['localhost', '127.0.0.1'])) {
    // plumb-ok: command-injection
    exec('ping -c 1 ' + fixed);
  }
  for (const target of new Set<string>([host])) {
    // plumb-expect: command-injection
    exec('ping -c 1 ' + target);
  }

  for (const legacy of new Set<string>(['MD5'])) {
    // plumb-expect: weak-hash
    createHash(legacy).digest('hex');
  }
  for (const strong of new Set<string>(['SHA-256', 'SHA-512'])) {
    // plumb-ok: weak-hash
    createHash(strong).digest('hex');
  }
  res.send('ok');
});

export default app;
