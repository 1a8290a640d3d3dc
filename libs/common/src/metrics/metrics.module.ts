import { Module, type OnModuleInit } from '@nestjs/common';
import { collectDefaultMetrics, register } from 'prom-client';
import { MetricsController } from './metrics.controller';

let defaultMetricsStarted = false;

@Module({
  controllers: [MetricsController],
})
export class MetricsModule implements OnModuleInit {
  static forService(service: string): typeof MetricsModule {
    register.setDefaultLabels({ service });
    return MetricsModule;
  }

  onModuleInit(): void {
    if (defaultMetricsStarted) return;
    defaultMetricsStarted = true;
    collectDefaultMetrics();
  }
}
