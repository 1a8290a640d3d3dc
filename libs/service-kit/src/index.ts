// Wires a service together: database and migrations, auth, health, metrics, rate limits, policy
// parameters, personal-data masking and the messaging module; `runService` boots it. Not part of
// libs/messaging, which is about the broker alone.
export * from './service-definition';
export * from './service-kit.module';
export * from './run-service';
export * from './api-document';
