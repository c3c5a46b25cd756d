/**
 * Web worker: computes dagre / fcose layouts off the main thread (see headless.ts).
 * Message in: {id, request}; message out: {id, positions} or {id, error}.
 */
import { runHeadless, type HeadlessRequest } from './headless';

self.onmessage = (ev: MessageEvent<{ id: number; request: HeadlessRequest }>) => {
  const { id, request } = ev.data;
  try {
    const positions = runHeadless(request);
    (self as unknown as Worker).postMessage({ id, positions });
  } catch (e) {
    (self as unknown as Worker).postMessage({ id, error: (e as Error).message });
  }
};
