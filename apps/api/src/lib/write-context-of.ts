import type { FastifyRequest } from 'fastify';
import { SYSTEM_CONTEXT, type WriteContext } from '../repositories/write-context.js';

/** The repositories' view of who is asking: the request's principal, or the system for none. */
export function contextOf(request: FastifyRequest): WriteContext {
  const p = request.principal;
  if (!p) return { ...SYSTEM_CONTEXT, requestId: request.id };
  return {
    actor: { kind: p.kind, id: p.id, name: p.name, role: p.role, unitId: p.unitId },
    requestId: request.id,
  };
}
