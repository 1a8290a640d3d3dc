// The first import of main.ts: tracing hooks into http, express, pg and ioredis as they load, so
// it starts before anything loads them. Off unless configured (docs/operations.md, Tracing).
import { startTracing } from '@app/service-kit/tracing/start-tracing';

startTracing('payments');
