/**
 * The request header through which the server entry passes the client address to Astro code
 * (rate limits, audit log). main.ts overwrites it on every request, so a client cannot set it.
 */
import type { ApiRequest } from './api-request.ts';

export const CLIENT_IP_HEADER = 'x-gokui-client-ip';

export function clientIp(request: Pick<ApiRequest, 'headers'>): string | null {
  return request.headers.get(CLIENT_IP_HEADER);
}
