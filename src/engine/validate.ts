/** Reads a plan from untrusted JSON with one clear message for the first problem. */
import { scenePlan, type ScenePlan } from '../plan/schema.js';
import { catalogProblems } from '../world/index.js';

export class PlanError extends Error {}

export function validatePlan(value: unknown): ScenePlan {
  const result = scenePlan.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length
      ? issue.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
          .join('')
          .replace(/^\./, '')
      : 'plan';
    throw new PlanError(`${where}: ${issue.message}`);
  }
  const problems = catalogProblems(result.data);
  if (problems.length) throw new PlanError(problems[0]!);
  return result.data;
}
