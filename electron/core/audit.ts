/** Appends to the audit log, inside the caller's transaction. */
import type { ServiceContext } from './context';

export interface AuditEvent {
  entity: string;
  entityId: number | null;
  action: string;
  before?: unknown;
  after?: unknown;
}

// The row's type is left to inference so that it is checked against the declared auditLog table.
function auditRow(ctx: ServiceContext, event: AuditEvent, at: string) {
  return {
    at,
    actor: ctx.actor.login,
    // The name as it is now: the history shows it so even after a rename.
    actorName: ctx.actor.displayName,
    entity: event.entity,
    entityId: event.entityId,
    action: event.action,
    before: event.before === undefined ? null : JSON.stringify(event.before),
    after: event.after === undefined ? null : JSON.stringify(event.after),
    importBatchId: ctx.importBatchId ?? null,
  };
}

export async function appendAudit(ctx: ServiceContext, event: AuditEvent): Promise<void> {
  await ctx.db('auditLog').insert(auditRow(ctx, event, ctx.clock.now()));
}

/** Rows per insert: knex + SQLite refuse more than 500 in one statement. */
export const BULK_CHUNK = 500;

/** Many audit rows at once (an import), in inserts of at most BULK_CHUNK rows. */
export async function appendAuditMany(ctx: ServiceContext, events: readonly AuditEvent[]): Promise<void> {
  const at = ctx.clock.now();
  for (let i = 0; i < events.length; i += BULK_CHUNK) {
    await ctx.db('auditLog').insert(events.slice(i, i + BULK_CHUNK).map((e) => auditRow(ctx, e, at)));
  }
}
