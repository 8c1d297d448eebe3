/**
 * The state every register screen keeps around its grid: the quick search,
 * "show archived", the count, re-reading after a save, resetting the
 * remembered layout, and closing the open record.
 */
import { useCallback, useState } from 'react';
import { navigate } from '../router';
import { resetGridLayout } from './grid/DataGrid';

export function useRegisterState(route: string, gridId: string) {
  const [search, setSearch] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [total, setTotal] = useState<number | null>(null);
  const [refreshToken, setRefreshToken] = useState(0);
  const [gridKey, setGridKey] = useState(0);
  const refresh = useCallback(() => setRefreshToken((t) => t + 1), []);
  const resetLayout = useCallback(() => void resetGridLayout(gridId).then(() => setGridKey((k) => k + 1)), [gridId]);
  const close = useCallback(() => navigate(route), [route]);
  return {
    search,
    setSearch,
    includeArchived,
    setIncludeArchived,
    total,
    setTotal,
    refreshToken,
    refresh,
    gridKey,
    resetLayout,
    close,
  };
}
