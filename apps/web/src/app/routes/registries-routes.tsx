import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import type { NavItemSpec } from '@/app/main-navigation';
import { messages } from '@/config/messages';
import { paths } from '@/config/paths';

const nav = messages.nav;

// Each page is its own lazy chunk; a page's loader comes with its code and starts its query before it renders.
const directivesList = () => import('@/features/registries/components/directives/directives-list-page');
const directiveDetail = () => import('@/features/registries/components/directives/directive-detail-page');
const directiveForm = () => import('@/features/registries/components/directives/directive-form-pages');
const unitsList = () => import('@/features/registries/components/units/units-list-page');
const unitDetail = () => import('@/features/registries/components/units/unit-detail-page');
const unitForm = () => import('@/features/registries/components/units/unit-form-pages');
const communesList = () => import('@/features/registries/components/communes/communes-list-page');
const communeDetail = () => import('@/features/registries/components/communes/commune-detail-page');
const communeForm = () => import('@/features/registries/components/communes/commune-form-pages');
const assignmentsList = () => import('@/features/registries/components/assignments/assignments-list-page');
const assignmentForm = () => import('@/features/registries/components/assignments/assignment-form-pages');
const reassign = () => import('@/features/registries/components/assignments/reassign-page');

const loadDirectivesListPage = async () => (await directivesList()).DirectivesListPage;
const loadDirectiveCreatePage = async () => (await directiveForm()).DirectiveCreatePage;
const loadDirectiveDetailPage = async () => (await directiveDetail()).DirectiveDetailPage;
const loadDirectiveEditPage = async () => (await directiveForm()).DirectiveEditPage;
const loadUnitsListPage = async () => (await unitsList()).UnitsListPage;
const loadUnitCreatePage = async () => (await unitForm()).UnitCreatePage;
const loadUnitDetailPage = async () => (await unitDetail()).UnitDetailPage;
const loadUnitEditPage = async () => (await unitForm()).UnitEditPage;
const loadCommunesListPage = async () => (await communesList()).CommunesListPage;
const loadCommuneCreatePage = async () => (await communeForm()).CommuneCreatePage;
const loadCommuneDetailPage = async () => (await communeDetail()).CommuneDetailPage;
const loadCommuneEditPage = async () => (await communeForm()).CommuneEditPage;
const loadAssignmentsListPage = async () => (await assignmentsList()).AssignmentsListPage;
const loadAssignmentCreatePage = async () => (await assignmentForm()).AssignmentCreatePage;
const loadAssignmentEditPage = async () => (await assignmentForm()).AssignmentEditPage;
const loadReassignPage = async () => (await reassign()).ReassignPage;

/** The registries pages (directives, units, communes, assignments), mounted inside the signed-in shell. */
export function registriesRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: paths.directives,
      lazy: {
        loader: async () => (await directivesList()).directivesListLoader(queryClient),
        Component: loadDirectivesListPage,
      },
    },
    { path: paths.newDirective, lazy: { Component: loadDirectiveCreatePage } },
    {
      path: paths.directive(':id'),
      lazy: {
        loader: async () => (await directiveDetail()).directiveDetailLoader(queryClient),
        Component: loadDirectiveDetailPage,
      },
    },
    { path: paths.editDirective(':id'), lazy: { Component: loadDirectiveEditPage } },
    {
      path: paths.units,
      lazy: {
        loader: async () => (await unitsList()).unitsListLoader(queryClient),
        Component: loadUnitsListPage,
      },
    },
    { path: paths.newUnit, lazy: { Component: loadUnitCreatePage } },
    {
      path: paths.unit(':id'),
      lazy: {
        loader: async () => (await unitDetail()).unitDetailLoader(queryClient),
        Component: loadUnitDetailPage,
      },
    },
    { path: paths.editUnit(':id'), lazy: { Component: loadUnitEditPage } },
    {
      path: paths.communes,
      lazy: {
        loader: async () => (await communesList()).communesListLoader(queryClient),
        Component: loadCommunesListPage,
      },
    },
    { path: paths.newCommune, lazy: { Component: loadCommuneCreatePage } },
    {
      path: paths.commune(':id'),
      lazy: {
        loader: async () => (await communeDetail()).communeDetailLoader(queryClient),
        Component: loadCommuneDetailPage,
      },
    },
    { path: paths.editCommune(':id'), lazy: { Component: loadCommuneEditPage } },
    {
      path: paths.assignments,
      lazy: {
        loader: async () => (await assignmentsList()).assignmentsListLoader(queryClient),
        Component: loadAssignmentsListPage,
      },
    },
    { path: paths.newAssignment, lazy: { Component: loadAssignmentCreatePage } },
    {
      path: paths.editAssignment(':id'),
      lazy: { Component: loadAssignmentEditPage },
    },
    { path: paths.reassign(':id'), lazy: { Component: loadReassignPage } },
  ];
}

/** Their entries in the main navigation: everyone signed in reads the registries; only admins change them. */
export const registriesNavItems: readonly NavItemSpec[] = [
  { to: paths.directives, label: nav.directives },
  { to: paths.units, label: nav.units },
  { to: paths.communes, label: nav.communes },
  { to: paths.assignments, label: nav.assignments },
];
