/** Page objects: one class per main page, holding its locators and its actions, so specs read as steps. */
export { ActivitiesListPage } from './activities-list-page';
export { ActivityDetailPage } from './activity-detail-page';
export { ActivityFormPage, type ItemContribution } from './activity-form-page';
export { AppShell } from './app-shell';
export { CoveragePage, FundingPage, SLOW } from './dashboard-pages';
export { HomePage } from './home-page';
export { LoginPage } from './login-page';
export { RegistryListPage } from './registry-list-page';
export { ReportsPage } from './reports-page';
export { ReviewInboxPage } from './review-inbox-page';
