import './locale.js';

export * from './api.js';
export * from './auth.js';
export * from './dates.js';
export * from './entities.js';
export * from './enums.js';
export * from './fields.js';
export * from './format.js';
export * from './measures.js';
export * from './ntm.js';
export * from './photos.js';
export * from './plan-actual.js';
export * from './problem.js';
export * from './queries.js';
export * from './stats.js';
export * from './text.js';
