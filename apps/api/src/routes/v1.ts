/** Every route of /api/v1. */
import type { FastifyPluginAsync } from 'fastify';
import { notFoundProblem } from '../plugins/problems.js';
import activityRoutes from './activities.js';
import assignmentRoutes from './assignments.js';
import auditRoutes from './audit.js';
import authRoutes from './auth.js';
import communeRoutes from './communes.js';
import contributionRoutes from './contributions.js';
import difficultyRoutes from './difficulties.js';
import directiveRoutes from './directives.js';
import healthRoutes from './health.js';
import importRoutes from './imports.js';
import lockRoutes from './locks.js';
import photoRoutes from './photos.js';
import planActualRoutes from './plan-actual.js';
import planRoutes from './plans.js';
import reportRoutes from './reports.js';
import statsRoutes from './stats.js';
import tokenRoutes from './tokens.js';
import unitRoutes from './units.js';
import userRoutes from './users.js';
import workflowRoutes from './workflow.js';

const v1: FastifyPluginAsync = async (api) => {
  api.setNotFoundHandler(notFoundProblem);
  await api.register(healthRoutes);
  await api.register(authRoutes);
  await api.register(userRoutes);
  await api.register(tokenRoutes);
  await api.register(statsRoutes);
  await api.register(planActualRoutes);
  await api.register(reportRoutes);
  await api.register(directiveRoutes);
  await api.register(unitRoutes);
  await api.register(communeRoutes);
  await api.register(assignmentRoutes);
  await api.register(workflowRoutes);
  await api.register(activityRoutes);
  await api.register(contributionRoutes);
  await api.register(photoRoutes);
  await api.register(planRoutes);
  await api.register(difficultyRoutes);
  await api.register(lockRoutes);
  await api.register(importRoutes);
  await api.register(auditRoutes);
};

export default v1;
