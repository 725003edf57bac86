import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;

  function build(target: string): string {
    return 'ping -c 1 ' + target;
  }

  function name(family: string, size: string): string {
    return family + size;
  }

  // plumb-ok: command-injection
  exec(build('localhost'));
  // plumb-expect: command-injection
  exec(build(host));

  // plumb-expect: weak-hash
  createHash(name('MD', '5')).digest('hex');
  // plumb-ok: weak-hash
  createHash(name('SHA-', '256')).digest('hex');
  res.send('ok');
});

export default app;
