import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

// A `using` declaration (TypeScript 5.2, explicit resource management)
// disposes of the resource when its block ends, like try-with-resources.
class Lease implements Disposable {
  constructor(readonly value: string) {}

  [Symbol.dispose](): void {}
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  {
    using fixed = new Lease('localhost');
    // plumb-ok: command-injection
    exec('ping -c 1 ' + fixed.value);
  }
  {
    using requested = new Lease(host);
    // plumb-expect: command-injection
    exec('ping -c 1 ' + requested.value);
  }

  {
    using legacy = new Lease('MD5');
    // plumb-expect: weak-hash
    createHash(legacy.value).digest('hex');
  }
  {
    using strong = new Lease('SHA-256');
    // plumb-ok: weak-hash
    createHash(strong.value).digest('hex');
  }
  res.send('ok');
});

export default app;
