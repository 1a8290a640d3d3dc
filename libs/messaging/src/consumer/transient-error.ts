/**
 * Errors that say nothing about the event: the database connection was cut or refused, or the
 * server is shutting down or starting. Retrying such an event must not use up its retry budget,
 * or a database restart would fill the dead-letter queue with perfectly good events.
 */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
// SQLSTATE classes 08 (connection exception) and 57P (operator intervention: admin shutdown,
// crash shutdown, cannot connect now), plus 53300 too many connections and 40001/40P01
// serialization failure and deadlock, which succeed when simply run again.
const SQLSTATE = /^(08...|57P0[1-3]|53300|40001|40P01)$/;
const MESSAGES = [/Connection terminated/i, /connection (is )?closed/i, /Client has encountered a connection error/i, /timeout exceeded when trying to connect/i,
  // TypeORM's QueryRunnerAlreadyReleasedError: the connection under a transaction was lost mid-way.
  /Query runner already released/i];

export function isTransientInfrastructureError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { code, message, driverError } = err as { code?: unknown; message?: unknown; driverError?: unknown };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) return true;
  if (typeof message === 'string' && MESSAGES.some((m) => m.test(message))) return true;
  // TypeORM wraps driver errors in QueryFailedError.
  return driverError !== undefined && driverError !== err ? isTransientInfrastructureError(driverError) : false;
}
