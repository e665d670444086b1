/** Date functions (current-date). xs:date values compare by instant, timezone-less ones in UTC. */
import { XDate } from './values.js';

/** fn:current-date, stable within one run of a pack (the caller passes the run's clock). */
export function currentDate(now: Date): XDate {
  return new XDate(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate(), 0);
}
