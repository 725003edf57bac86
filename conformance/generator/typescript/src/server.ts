import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

function* commands(target: string): Generator<string> {
  yield 'ping -c 1 ' + target;
}

function* names(first: string, second: string): Generator<string> {
  yield first + second;
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  for (const fixed of commands('localhost')) {
    // plumb-ok: command-injection
    exec(fixed);
  }
  for (const requested of commands(host)) {
    // plumb-expect: command-injection
    exec(requested);
  }

  for (const legacy of names('MD', '5')) {
    // plumb-expect: weak-hash
    createHash(legacy).digest('hex');
  }
  for (const strong of names('SHA-', '256')) {
    // plumb-ok: weak-hash
    createHash(strong).digest('hex');
  }
  res.send('ok');
});

export default app;
