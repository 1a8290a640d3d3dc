import './tracing';
import 'reflect-metadata';
import { runService } from '@app/service-kit';
import { AppModule } from './app.module';
import { SERVICE } from './service.definition';

runService(AppModule, SERVICE).catch((err: unknown) => {
  process.stderr.write(`${SERVICE.name} failed to start: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
