import type { FastifyReply } from 'fastify';
import type { z } from 'zod';

/** RFC 9457 media type. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** An RFC 9457 problem details object. */
export interface Problem {
  /** `about:blank`: the status code says it all (RFC 9457 §4.2.1). */
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Which parameters were refused and why (extension member). */
  errors?: { name: string; reason: string }[];
}

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  413: 'Content Too Large', 414: 'URI Too Long', 429: 'Too Many Requests', 500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** A problem with `about:blank` type and the status's reason phrase as title. */
export function problem(status: number, detail?: string, extra: Partial<Problem> = {}): Problem {
  return { type: 'about:blank', title: TITLES[status] ?? 'Error', status, ...(detail ? { detail } : {}), ...extra };
}

/** Sends a problem with the right status and media type. */
export function sendProblem(reply: FastifyReply, value: Problem): FastifyReply {
  return reply.code(value.status).type(PROBLEM_CONTENT_TYPE).send(value);
}

/** Thrown by handlers to answer with a problem. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
  }
}

/** A 400 problem listing zod's complaints per parameter (never echoing more than the parameter names). */
export function invalidParameters(error: z.ZodError, where: 'query' | 'path'): Problem {
  const errors = error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ name: key, reason: `unknown ${where} parameter` }));
    }
    return [{ name: issue.path.map(String).join('.') || '(all)', reason: issue.message }];
  });
  return problem(400, `invalid ${where} parameters: ${errors.map((e) => e.name).join(', ')}`, { errors });
}
