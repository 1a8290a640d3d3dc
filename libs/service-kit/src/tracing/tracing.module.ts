import { Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { flushTracing } from './start-tracing';

/** Spans still buffered are exported before the process exits (Nest closes the app on SIGTERM). */
@Injectable()
class TracingFlush implements OnApplicationShutdown {
  onApplicationShutdown(): Promise<void> {
    return flushTracing();
  }
}

@Module({ providers: [TracingFlush] })
export class TracingModule {}
