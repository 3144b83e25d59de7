import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

// Being written: replaced by the resource's routes.
const routes: FastifyPluginAsyncZod = async () => {};

export default routes;
