/** The PostgreSQL NOTIFY channel that wakes the relay when a transaction added outbox rows. */
export const OUTBOX_NOTIFY_CHANNEL = 'civil_affairs_outbox';
