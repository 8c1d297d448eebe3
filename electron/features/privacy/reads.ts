/** Every look at whole personnummer, counted per user and month from the audit log. */
import type { IdentityReadRow } from '../../../shared/privacy/schema';
import type { ServiceContext } from '../../core/context';

interface CountRow {
  month: string;
  login: string;
  displayName: string | null;
  action: string;
  n: number | string;
}

export async function identityReadReport(ctx: ServiceContext): Promise<IdentityReadRow[]> {
  const rows = (await ctx
    .db('auditLog')
    .leftJoin('users', 'users.login', 'auditLog.actor')
    .where((w) => {
      w.whereIn('auditLog.action', ['view-identity', 'print', 'extract'])
        // Exports without personnummer are audited too, but show none.
        .orWhere((e) => {
          e.where('auditLog.action', 'export').where('auditLog.after', 'like', '%"includePersonalData":true%');
        });
    })
    .groupByRaw('substr(audit_log.at, 1, 7), audit_log.actor, users.display_name, audit_log.action')
    .select(
      ctx.db.raw('substr(audit_log.at, 1, 7) as month'),
      'auditLog.actor as login',
      'users.displayName as displayName',
      'auditLog.action as action',
    )
    .count({ n: '*' })) as CountRow[];
  const byKey = new Map<string, IdentityReadRow>();
  for (const r of rows) {
    const key = `${r.month}\u0000${r.login}`;
    const line =
      byKey.get(key) ??
      ({
        month: r.month,
        login: r.login,
        displayName: r.displayName ?? r.login,
        views: 0,
        exports: 0,
        prints: 0,
        extracts: 0,
      } satisfies IdentityReadRow);
    const n = Number(r.n);
    if (r.action === 'view-identity') line.views += n;
    else if (r.action === 'export') line.exports += n;
    else if (r.action === 'print') line.prints += n;
    else line.extracts += n;
    byKey.set(key, line);
  }
  return [...byKey.values()].sort(
    (a, b) => b.month.localeCompare(a.month) || a.displayName.localeCompare(b.displayName, 'sv'),
  );
}
