CREATE TABLE `activity_photos` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`file_key` text NOT NULL,
	`caption` text DEFAULT '' NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`size_bytes` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "activity_photos_file_key_ck" CHECK(length("activity_photos"."file_key") = 36 AND "activity_photos"."file_key" NOT GLOB '*[^0-9a-f-]*'),
	CONSTRAINT "activity_photos_size_ck" CHECK("activity_photos"."width" > 0 AND "activity_photos"."height" > 0 AND "activity_photos"."size_bytes" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `activity_photos_file_key_uq` ON `activity_photos` (`file_key`);--> statement-breakpoint
CREATE INDEX `activity_photos_activity_ix` ON `activity_photos` (`activity_id`);