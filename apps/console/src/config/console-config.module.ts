import { Global, Module } from '@nestjs/common';
import { CONSOLE_CONFIG, consoleConfigFromEnv } from './console-config';

/** The console's settings, read once when the application is created. */
@Global()
@Module({ providers: [{ provide: CONSOLE_CONFIG, useFactory: consoleConfigFromEnv }], exports: [CONSOLE_CONFIG] })
export class ConsoleConfigModule {}
