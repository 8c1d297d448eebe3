/**
 * `POST /events`: the browser host's side of live refresh, a server-sent
 * event stream of the back end's change events. A POST (with the token
 * header, like every API call) read by fetch as a stream, so the token
 * never travels in a URL; the transport adds nothing to the event.
 */
import type http from 'node:http';
import type { BackEnd } from '../core/context';

/** A comment line now and then keeps proxies and idle timers from closing the stream. */
const KEEPALIVE_MS = 20_000;

export function serveEvents(req: http.IncomingMessage, res: http.ServerResponse, backEnd: BackEnd): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  res.write(': open\n\n');
  const unsubscribe = backEnd.changes.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEPALIVE_MS);
  const end = () => {
    clearInterval(keepAlive);
    unsubscribe();
  };
  req.on('close', end);
  res.on('close', end);
}
