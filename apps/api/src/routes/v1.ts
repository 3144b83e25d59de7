/** Every route of /api/v1. */
import type { FastifyPluginAsync } from 'fastify';
import { notFoundProblem } from '../plugins/problems.js';
import activityRoutes from './activities.js';
import assignmentRoutes from './assignments.js';
import communeRoutes from './communes.js';
import contributionRoutes from './contributions.js';
import difficultyRoutes from './difficulties.js';
import directiveRoutes from './directives.js';
import healthRoutes from './health.js';
import planRoutes from './plans.js';
import statsRoutes from './stats.js';
import unitRoutes from './units.js';

const v1: FastifyPluginAsync = async (api) => {
  api.setNotFoundHandler(notFoundProblem);
  await api.register(healthRoutes);
  await api.register(statsRoutes);
  await api.register(directiveRoutes);
  await api.register(unitRoutes);
  await api.register(communeRoutes);
  await api.register(assignmentRoutes);
  await api.register(activityRoutes);
  await api.register(contributionRoutes);
  await api.register(planRoutes);
  await api.register(difficultyRoutes);
};

export default v1;
