// The live 联动 panel's state: opens the event stream of a correlation id, says when it is
// listening (so the report is sent only then), collects the events, and stops when the console
// ends the stream, the page asks, or the page goes away.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Problem } from '../../api/problem';
import { problemOf } from '../../components/ProblemAlert';
import type { CascadeEvent } from './cascade';
import { readEventStream } from './event-stream';

export type CascadePhase = 'idle' | 'connecting' | 'live' | 'ended' | 'unavailable';

export interface CascadeState {
  phase: CascadePhase;
  events: CascadeEvent[];
  /** Why the stream ended (TIMEOUT, STOPPED …), once it has. */
  endReason: string | null;
  /** Why the stream could not be opened. */
  problem: Problem | null;
}

const IDLE: CascadeState = { phase: 'idle', events: [], endReason: null, problem: null };

/**
 * How long the report waits for the stream to listen. The console itself gives up on the broker
 * after 5 s (503); a proxy that buffers the stream would never let `ready` through, and the report
 * must not wait for ever on a view of its effects.
 */
const READY_TIMEOUT_MS = 10_000;

export function useCascadeStream() {
  const [state, setState] = useState<CascadeState>(IDLE);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  /** Opens the stream; resolves true once the console listens, false if it cannot. */
  const watch = useCallback((correlationId: string): Promise<boolean> => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ ...IDLE, phase: 'connecting' });
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        current.abort();
        setState((s) => ({ ...s, phase: 'unavailable' }));
        resolve(false);
      }, READY_TIMEOUT_MS);
      readEventStream(
        correlationId,
        {
          onReady: () => {
            clearTimeout(timer);
            setState((s) => ({ ...s, phase: 'live' }));
            resolve(true);
          },
          onEvent: (event) => setState((s) => ({ ...s, events: [...s.events, event] })),
          onEnd: (reason) => setState((s) => ({ ...s, phase: 'ended', endReason: s.endReason ?? reason })),
        },
        current.signal,
      )
        .catch((error: unknown) => {
          if (current.signal.aborted) return;
          setState((s) => ({ ...s, phase: 'unavailable', problem: problemOf(error) }));
        })
        .finally(() => {
          clearTimeout(timer);
          resolve(false);
        });
    });
  }, []);

  /** Stops listening; `reason` is what the panel says (STOPPED by the caseworker, or nothing to watch). */
  const stop = useCallback((reason: string | null = 'STOPPED') => {
    controller.current?.abort();
    setState((s) => (s.phase === 'live' || s.phase === 'connecting' ? { ...s, phase: reason ? 'ended' : 'idle', endReason: reason } : s));
  }, []);

  const reset = useCallback(() => {
    controller.current?.abort();
    setState(IDLE);
  }, []);

  return { state, watch, stop, reset };
}
