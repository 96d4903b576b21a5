/**
 * The same fake as a fetch handler, `(request: Request) => Promise<Response>`, for MSW
 * (`http.all(…, ({ request }) => fake.handle(request))`) or any fetch stub: one model of
 * the rules, whichever way requests arrive.
 */
import type { Answer } from './answers.js';
import type { FakeRequest } from './model.js';

export async function fakeRequestOf(request: Request): Promise<FakeRequest> {
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return { method: request.method, url: url.pathname + url.search, headers, body: await request.text() };
}

/** The answer as a `Response`: a dropped connection is a network error, a held body a stream that waits. */
export function responseOf(answer: Answer): Response {
  if (answer.dropConnection) return Response.error();
  const { body, bodyDelayMs } = answer;
  const init = { status: answer.status, headers: answer.headers };
  if (body === undefined || !bodyDelayMs) return new Response(body ?? null, init);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      setTimeout(() => {
        controller.enqueue(new TextEncoder().encode(body));
        controller.close();
      }, bodyDelayMs);
    },
  });
  return new Response(stream, init);
}
