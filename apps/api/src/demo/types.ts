/** The plain records of the demo dataset: what the API would accept, plus ids and timestamps. */
import type {
  ActivityInputSchema,
  ActivityStatus,
  AssignmentInputSchema,
  CommuneInputSchema,
  DifficultyInputSchema,
  DirectiveInputSchema,
  PlanInputSchema,
  UnitInputSchema,
} from '@danvan/domain';
import type { z } from 'zod';

/** Creation and last-change times (ISO-8601 UTC), derived from the record's own dates. */
export interface Stamps {
  createdAt: string;
  updatedAt: string;
}

type Stored<S extends z.ZodType> = { id: number } & z.output<S> & Stamps;

export type DemoDirective = Stored<typeof DirectiveInputSchema>;
export type DemoUnit = Stored<typeof UnitInputSchema>;
export type DemoCommune = Stored<typeof CommuneInputSchema>;
export type DemoAssignment = Stored<typeof AssignmentInputSchema>;
export type DemoPlan = Stored<typeof PlanInputSchema>;
export type DemoDifficulty = Stored<typeof DifficultyInputSchema>;
export type DemoActivity = Stored<typeof ActivityInputSchema> & {
  status: ActivityStatus;
  reviewComment: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
};

export interface DemoData {
  seed: number;
  /** The seed's period, over which the figures below hold. */
  period: { from: string; to: string };
  directives: DemoDirective[];
  units: DemoUnit[];
  communes: DemoCommune[];
  assignments: DemoAssignment[];
  activities: DemoActivity[];
  plans: DemoPlan[];
  difficulties: DemoDifficulty[];
}
