import { Route } from 'react-router';
import { AlertsPage } from './alerts-page.tsx';
import { DataSourcesPage } from './data-sources-page.tsx';

export const dataSourceRoutes = <Route path="data-sources" element={<DataSourcesPage />} />;
export const alertRoutes = <Route path="alerts" element={<AlertsPage />} />;
