/** Turns any failure into one sentence a person can act on. */
import { ApiError, NetworkError } from '../../../client/index';
import { settings } from './settings';

export function describeError(error: unknown): string {
  if (error instanceof NetworkError) {
    return `Could not reach the API at ${settings.url}. Is it running? (${error.message})`;
  }
  if (error instanceof ApiError) {
    if (error.errorType === 'UnauthorizedException') {
      return 'The API refused the API key. Check VITE_API_KEY (see the inbox README).';
    }
    const kind = error.errorType ? `${error.errorType}: ` : '';
    return `${kind}${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}
