import { Module, type OnModuleInit } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { collectDefaultMetrics, register } from 'prom-client';
import { HttpMetricsInterceptor } from './http-metrics.interceptor';
import { MetricsController } from './metrics.controller';

let defaultMetricsStarted = false;

@Module({
  controllers: [MetricsController],
  providers: [{ provide: APP_INTERCEPTOR, useClass: HttpMetricsInterceptor }],
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
