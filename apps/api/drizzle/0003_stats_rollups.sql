-- Change tracking for the in-memory statistics roll-ups (docs/decisions/0008-stats-rollups.md).
-- Every write that can change a figure leaves a row here, in the same transaction as the write:
-- the id of the activity whose figures changed, or a marker for a small table to reload. The
-- server drains the table before each figures read; a full build at start-up empties it.
CREATE TABLE `stats_changes` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`activity_id` integer,
	CONSTRAINT "stats_changes_kind_ck" CHECK("stats_changes"."kind" IN ('activity', 'assignments', 'units', 'communes', 'directives'))
);
--> statement-breakpoint
CREATE TRIGGER `stats_activities_insert` AFTER INSERT ON `activities`
BEGIN
	INSERT INTO `stats_changes` (`kind`, `activity_id`) VALUES ('activity', NEW.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `stats_activities_update` AFTER UPDATE ON `activities`
WHEN OLD.`id` IS NOT NEW.`id` OR OLD.`status` IS NOT NEW.`status` OR OLD.`deleted_at` IS NOT NEW.`deleted_at` OR OLD.`start_date` IS NOT NEW.`start_date` OR OLD.`commune_id` IS NOT NEW.`commune_id`
BEGIN
	INSERT INTO `stats_changes` (`kind`, `activity_id`) VALUES ('activity', OLD.`id`);
	INSERT INTO `stats_changes` (`kind`, `activity_id`) SELECT 'activity', NEW.`id` WHERE NEW.`id` IS NOT OLD.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `stats_activities_delete` AFTER DELETE ON `activities`
BEGIN
	INSERT INTO `stats_changes` (`kind`, `activity_id`) VALUES ('activity', OLD.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `stats_activity_units_insert` AFTER INSERT ON `activity_units`
BEGIN
	INSERT INTO `stats_changes` (`kind`, `activity_id`) VALUES ('activity', NEW.`activity_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `stats_activity_units_update` AFTER UPDATE ON `activity_units`
BEGIN
	INSERT INTO `stats_changes` (`kind`, `activity_id`) VALUES ('activity', OLD.`activity_id`);
	INSERT INTO `stats_changes` (`kind`, `activity_id`) SELECT 'activity', NEW.`activity_id` WHERE NEW.`activity_id` IS NOT OLD.`activity_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `stats_activity_units_delete` AFTER DELETE ON `activity_units`
BEGIN
	INSERT INTO `stats_changes` (`kind`, `activity_id`) VALUES ('activity', OLD.`activity_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `stats_activity_categories_insert` AFTER INSERT ON `activity_categories`
BEGIN
	INSERT INTO `stats_changes` (`kind`, `activity_id`) VALUES ('activity', NEW.`activity_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `stats_activity_categories_update` AFTER UPDATE ON `activity_categories`
BEGIN
	INSERT INTO `stats_changes` (`kind`, `activity_id`) VALUES ('activity', OLD.`activity_id`);
	INSERT INTO `stats_changes` (`kind`, `activity_id`) SELECT 'activity', NEW.`activity_id` WHERE NEW.`activity_id` IS NOT OLD.`activity_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `stats_activity_categories_delete` AFTER DELETE ON `activity_categories`
BEGIN
	INSERT INTO `stats_changes` (`kind`, `activity_id`) VALUES ('activity', OLD.`activity_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `stats_activity_ntm_criteria_insert` AFTER INSERT ON `activity_ntm_criteria`
BEGIN
	INSERT INTO `stats_changes` (`kind`, `activity_id`) VALUES ('activity', NEW.`activity_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `stats_activity_ntm_criteria_update` AFTER UPDATE ON `activity_ntm_criteria`
BEGIN
	INSERT INTO `stats_changes` (`kind`, `activity_id`) VALUES ('activity', OLD.`activity_id`);
	INSERT INTO `stats_changes` (`kind`, `activity_id`) SELECT 'activity', NEW.`activity_id` WHERE NEW.`activity_id` IS NOT OLD.`activity_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `stats_activity_ntm_criteria_delete` AFTER DELETE ON `activity_ntm_criteria`
BEGIN
	INSERT INTO `stats_changes` (`kind`, `activity_id`) VALUES ('activity', OLD.`activity_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `stats_activity_participants_insert` AFTER INSERT ON `activity_participants`
BEGIN
	INSERT INTO `stats_changes` (`kind`, `activity_id`) VALUES ('activity', NEW.`activity_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `stats_activity_participants_update` AFTER UPDATE ON `activity_participants`
BEGIN
	INSERT INTO `stats_changes` (`kind`, `activity_id`) VALUES ('activity', OLD.`activity_id`);
	INSERT INTO `stats_changes` (`kind`, `activity_id`) SELECT 'activity', NEW.`activity_id` WHERE NEW.`activity_id` IS NOT OLD.`activity_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `stats_activity_participants_delete` AFTER DELETE ON `activity_participants`
BEGIN
	INSERT INTO `stats_changes` (`kind`, `activity_id`) VALUES ('activity', OLD.`activity_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `stats_contributions_insert` AFTER INSERT ON `contributions`
BEGIN
	INSERT INTO `stats_changes` (`kind`, `activity_id`) VALUES ('activity', NEW.`activity_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `stats_contributions_update` AFTER UPDATE ON `contributions`
WHEN OLD.`id` IS NOT NEW.`id` OR OLD.`activity_id` IS NOT NEW.`activity_id` OR OLD.`unit_id` IS NOT NEW.`unit_id` OR OLD.`kind` IS NOT NEW.`kind` OR OLD.`source` IS NOT NEW.`source` OR OLD.`item` IS NOT NEW.`item` OR OLD.`quantity` IS NOT NEW.`quantity` OR OLD.`measure_unit` IS NOT NEW.`measure_unit` OR OLD.`value_vnd` IS NOT NEW.`value_vnd`
BEGIN
	INSERT INTO `stats_changes` (`kind`, `activity_id`) VALUES ('activity', OLD.`activity_id`);
	INSERT INTO `stats_changes` (`kind`, `activity_id`) SELECT 'activity', NEW.`activity_id` WHERE NEW.`activity_id` IS NOT OLD.`activity_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `stats_contributions_delete` AFTER DELETE ON `contributions`
BEGIN
	INSERT INTO `stats_changes` (`kind`, `activity_id`) VALUES ('activity', OLD.`activity_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `stats_assignments_insert` AFTER INSERT ON `assignments`
BEGIN
	INSERT INTO `stats_changes` (`kind`) VALUES ('assignments');
END;
--> statement-breakpoint
CREATE TRIGGER `stats_assignments_update` AFTER UPDATE ON `assignments`
WHEN OLD.`unit_id` IS NOT NEW.`unit_id` OR OLD.`commune_id` IS NOT NEW.`commune_id` OR OLD.`valid_from` IS NOT NEW.`valid_from` OR OLD.`valid_to` IS NOT NEW.`valid_to`
BEGIN
	INSERT INTO `stats_changes` (`kind`) VALUES ('assignments');
END;
--> statement-breakpoint
CREATE TRIGGER `stats_assignments_delete` AFTER DELETE ON `assignments`
BEGIN
	INSERT INTO `stats_changes` (`kind`) VALUES ('assignments');
END;
--> statement-breakpoint
CREATE TRIGGER `stats_units_insert` AFTER INSERT ON `units`
BEGIN
	INSERT INTO `stats_changes` (`kind`) VALUES ('units');
END;
--> statement-breakpoint
CREATE TRIGGER `stats_units_update` AFTER UPDATE ON `units`
WHEN OLD.`id` IS NOT NEW.`id` OR OLD.`code` IS NOT NEW.`code` OR OLD.`name` IS NOT NEW.`name` OR OLD.`unit_group` IS NOT NEW.`unit_group` OR OLD.`sort_key` IS NOT NEW.`sort_key`
BEGIN
	INSERT INTO `stats_changes` (`kind`) VALUES ('units');
END;
--> statement-breakpoint
CREATE TRIGGER `stats_units_delete` AFTER DELETE ON `units`
BEGIN
	INSERT INTO `stats_changes` (`kind`) VALUES ('units');
END;
--> statement-breakpoint
CREATE TRIGGER `stats_communes_insert` AFTER INSERT ON `communes`
BEGIN
	INSERT INTO `stats_changes` (`kind`) VALUES ('communes');
END;
--> statement-breakpoint
CREATE TRIGGER `stats_communes_update` AFTER UPDATE ON `communes`
WHEN OLD.`id` IS NOT NEW.`id` OR OLD.`code` IS NOT NEW.`code` OR OLD.`name` IS NOT NEW.`name` OR OLD.`district` IS NOT NEW.`district` OR OLD.`remote` IS NOT NEW.`remote` OR OLD.`sort_key` IS NOT NEW.`sort_key`
BEGIN
	INSERT INTO `stats_changes` (`kind`) VALUES ('communes');
END;
--> statement-breakpoint
CREATE TRIGGER `stats_communes_delete` AFTER DELETE ON `communes`
BEGIN
	INSERT INTO `stats_changes` (`kind`) VALUES ('communes');
END;
--> statement-breakpoint
CREATE TRIGGER `stats_directives_insert` AFTER INSERT ON `directives`
BEGIN
	INSERT INTO `stats_changes` (`kind`) VALUES ('directives');
END;
--> statement-breakpoint
CREATE TRIGGER `stats_directives_update` AFTER UPDATE ON `directives`
WHEN OLD.`norms` IS NOT NEW.`norms`
BEGIN
	INSERT INTO `stats_changes` (`kind`) VALUES ('directives');
END;
--> statement-breakpoint
CREATE TRIGGER `stats_directives_delete` AFTER DELETE ON `directives`
BEGIN
	INSERT INTO `stats_changes` (`kind`) VALUES ('directives');
END;
