CREATE TABLE `api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`prefix` text NOT NULL,
	`token_hash` text NOT NULL,
	`scope` text NOT NULL,
	`unit_id` integer,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`expires_on` text NOT NULL,
	`revoked_at` text,
	`last_used_at` text,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "api_tokens_scope_ck" CHECK("api_tokens"."scope" IN ('read', 'write')),
	CONSTRAINT "api_tokens_scope_unit_ck" CHECK(("api_tokens"."scope" = 'write' AND "api_tokens"."unit_id" IS NOT NULL) OR ("api_tokens"."scope" = 'read' AND "api_tokens"."unit_id" IS NULL)),
	CONSTRAINT "api_tokens_expires_ck" CHECK("api_tokens"."expires_on" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_hash_uq` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor_kind` text NOT NULL,
	`actor_id` integer,
	`actor_name` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`after` text,
	`request_id` text,
	CONSTRAINT "audit_log_actor_kind_ck" CHECK("audit_log"."actor_kind" IN ('user', 'token', 'system'))
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity_ix` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_log_at_ix` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_actor_ix` ON `audit_log` (`actor_id`);--> statement-breakpoint
CREATE TABLE `month_locks` (
	`month` text PRIMARY KEY NOT NULL,
	`reason` text NOT NULL,
	`locked_by` integer NOT NULL,
	`locked_at` text NOT NULL,
	FOREIGN KEY (`locked_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "month_locks_month_ck" CHECK("month_locks"."month" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]')
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`csrf_token` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_ix` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE INDEX `sessions_expires_ix` ON `sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`full_name` text NOT NULL,
	`role` text NOT NULL,
	`unit_id` integer,
	`password_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`search` text NOT NULL,
	`sort_key` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "users_role_ck" CHECK("users"."role" IN ('admin', 'unit_officer', 'viewer')),
	CONSTRAINT "users_role_unit_ck" CHECK(("users"."role" = 'unit_officer' AND "users"."unit_id" IS NOT NULL) OR ("users"."role" <> 'unit_officer' AND "users"."unit_id" IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_uq` ON `users` (`username`);--> statement-breakpoint
CREATE INDEX `users_sort_ix` ON `users` (`sort_key`);--> statement-breakpoint
CREATE INDEX `users_unit_ix` ON `users` (`unit_id`);