/** Appends to the audit log, inside the caller's transaction. */
import type { ServiceContext } from './context';

export interface AuditEvent {
  entity: string;
  entityId: number | null;
  action: string;
  before?: unknown;
  after?: unknown;
}

export async function appendAudit(ctx: ServiceContext, event: AuditEvent): Promise<void> {
  await ctx.db('auditLog').insert({
    at: ctx.clock.now(),
    actor: ctx.actor.login,
    // The name as it is now: the history shows it so even after a rename.
    actorName: ctx.actor.displayName,
    entity: event.entity,
    entityId: event.entityId,
    action: event.action,
    before: event.before === undefined ? null : JSON.stringify(event.before),
    after: event.after === undefined ? null : JSON.stringify(event.after),
  });
}
