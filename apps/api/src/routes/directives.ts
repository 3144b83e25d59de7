import {
  type Directive,
  DirectiveInputSchema,
  DirectiveKind,
  DirectiveListQuerySchema,
  DirectivePatchSchema,
  DirectiveSchema,
} from '@danvan/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { columnsOf } from '../lib/csv.js';
import { directivesRepository } from '../repositories/directives-repository.js';
import { directiveCodes } from '../repositories/lookups-repository.js';
import { crudRoutes } from './crud.js';

const directiveRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.database.db;
  const repository = directivesRepository(db);
  await app.register(
    crudRoutes({
      path: '/directives',
      tag: 'Văn bản chỉ đạo',
      noun: 'văn bản chỉ đạo',
      record: DirectiveSchema,
      input: DirectiveInputSchema,
      patch: DirectivePatchSchema,
      listQuery: DirectiveListQuerySchema,
      repository: () => repository,
      writeAccess: 'admin',
      csv: {
        filename: 'van-ban',
        labels: { kind: 'Loại văn bản (mã)', kindLabel: 'Loại văn bản', code: 'Số, ký hiệu' },
        columns: () => {
          const codes = directiveCodes(db);
          return [
            ...columnsOf<Directive>(['id', 'code']),
            { header: 'kind', value: (d) => d.kind },
            { header: 'kindLabel', value: (d) => DirectiveKind.labels[d.kind] },
            ...columnsOf<Directive>(['issuer', 'issuedOn', 'title', 'summary', 'parentId']),
            { header: 'parentCode', value: (d) => (d.parentId === null ? null : codes.get(d.parentId)) },
            {
              header: 'norms',
              value: (d) => d.norms.map((n) => `${n.kind}=${n.value}${n.note ? ` (${n.note})` : ''}`).join('; '),
            },
            ...columnsOf<Directive>(['version']),
          ];
        },
      },
    }),
  );
};

export default directiveRoutes;
