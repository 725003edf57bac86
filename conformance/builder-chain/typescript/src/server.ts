import express, { Request, Response } from 'express';
import { exec } from 'child_process';
import { createHash } from 'crypto';

class CommandBuilder {
  private line: string;

  constructor(program: string) {
    this.line = program;
  }

  arg(value: string): this {
    this.line = this.line + ' ' + value;
    return this;
  }

  build(): string {
    return this.line;
  }
}

class AlgorithmBuilder {
  private familyName = '';
  private sizeName = '';

  family(family: string): this {
    this.familyName = family;
    return this;
  }

  size(size: string): this {
    this.sizeName = size;
    return this;
  }

  build(): string {
    return this.familyName + this.sizeName;
  }
}

const app = express();

app.get('/ping', (req: Request, res: Response) => {
  const host = req.query.host as string;
  const fixed = new CommandBuilder('ping').arg('-c 1').arg('localhost').build();
  const requested = new CommandBuilder('ping').arg('-c 1').arg(host).build();
  // plumb-ok: command-injection
  exec(fixed);
  // plumb-expect: command-injection
  exec(requested);

  const legacy = new AlgorithmBuilder().family('MD').size('5').build();
  const strong = new AlgorithmBuilder().family('SHA-').size('256').build();
  // plumb-expect: weak-hash
  createHash(legacy).digest('hex');
  // plumb-ok: weak-hash
  createHash(strong).digest('hex');
  res.send('ok');
});

export default app;
