// The size limits of input from outside; a module of its own, so that a page that only needs
// the numbers (the form's maximum lengths) does not load the checker.

/**
 * Limits that keep validation and scoring fast on any input. Frozen: validation reads these
 * values, so no caller can loosen them.
 */
export const LIMITS = Object.freeze({
  /** Longest id (model, area, question, condition, agreement, ...), in characters. */
  id: 64,
  /** Longest text in a model or a note, in characters. */
  text: 5000,
  /** Longest note per question, in characters. */
  note: 2000,
  /** Most items in any one list of a model (areas, questions per area, conditions, options...). */
  list: 500,
  /** Deepest nesting of a rule. */
  ruleDepth: 12,
  /** Most comparisons in one rule. */
  ruleLeaves: 200,
  /** Most entries in an answers, notes or intake object. */
  entries: 2000,
  /** Most sessions combined into one team result. */
  sessions: 5000,
} as const);
