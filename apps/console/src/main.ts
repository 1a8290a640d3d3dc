import './tracing';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { runConsole } from './console-app';

runConsole()
  .then(({ app }) => {
    const port = (app.getHttpServer().address() as { port: number }).port;
    new Logger('Console').log(`console listening on http://localhost:${port}`);
  })
  .catch((err: unknown) => {
    process.stderr.write(`console failed to start: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  });
