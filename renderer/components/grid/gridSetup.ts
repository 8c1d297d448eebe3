/**
 * AG Grid set up once for the whole app: Community modules, the Swedish
 * locale (with space and comma as separators, as Swedes write numbers —
 * the package's own Swedish locale uses ',' and '.'), and the theme.
 */
import { AG_GRID_LOCALE_SE } from '@ag-grid-community/locale';
import {
  CellStyleModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  CustomFilterModule,
  DateFilterModule,
  GridStateModule,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  NumberFilterModule,
  RowSelectionModule,
  RowStyleModule,
  TextFilterModule,
  themeQuartz,
  TooltipModule,
  ValidationModule,
} from 'ag-grid-community';

// Only the modules the app uses: the whole community bundle doubles the
// script the window parses before the first rows show (measured).
ModuleRegistry.registerModules([
  InfiniteRowModelModule,
  TextFilterModule,
  NumberFilterModule,
  DateFilterModule,
  CustomFilterModule,
  RowSelectionModule,
  CellStyleModule,
  RowStyleModule,
  GridStateModule,
  LocaleModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  TooltipModule,
  // Names a missing module in the console during development.
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);

export const gridLocaleText: Record<string, string> = {
  ...AG_GRID_LOCALE_SE,
  thousandSeparator: ' ',
  decimalSeparator: ',',
  noRowsToShow: 'Inga rader att visa',
  loadingOoo: 'Hämtar…',
};

export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontWeight: 600,
  spacing: 6,
  accentColor: '#1f5f8b',
  headerBackgroundColor: '#eef2f6',
  rowHoverColor: '#eaf2fa',
  selectedRowBackgroundColor: '#d6e7f5',
});
