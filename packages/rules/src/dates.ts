/** Dates as the files and exports write them: `YYYY-MM-DD`. */

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Whether text is a real calendar date `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const date = new Date(value + 'T00:00:00Z');
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
