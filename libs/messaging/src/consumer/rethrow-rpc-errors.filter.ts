import { Catch, type RpcExceptionFilter } from '@nestjs/common';
import { throwError, type Observable } from 'rxjs';

/**
 * Nest's default RPC filter turns any handler error into "Internal server error". The transport
 * needs the original error to decide between retry and dead letter and to put its message in
 * the dead-letter header, so event handlers' errors pass through unchanged.
 */
@Catch()
export class RethrowRpcErrorsFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}
