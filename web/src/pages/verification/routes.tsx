import { Route } from 'react-router';
import { lazyPage } from '../../components/lazy-page.tsx';
const AlertsPage = lazyPage(() => import('./alerts-page.tsx'), 'AlertsPage');
const DataSourcesPage = lazyPage(() => import('./data-sources-page.tsx'), 'DataSourcesPage');

export const dataSourceRoutes = <Route path="data-sources" element={<DataSourcesPage />} />;
export const alertRoutes = <Route path="alerts" element={<AlertsPage />} />;
