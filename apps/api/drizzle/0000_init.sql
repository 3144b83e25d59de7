CREATE TABLE `activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`commune_id` integer NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`beneficiaries` integer DEFAULT 0 NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`review_comment` text,
	`submitted_at` text,
	`approved_at` text,
	`deleted_at` text,
	`search` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`commune_id`) REFERENCES `communes`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "activities_status_ck" CHECK("activities"."status" IN ('draft', 'submitted', 'approved', 'returned')),
	CONSTRAINT "activities_dates_ck" CHECK("activities"."start_date" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND "activities"."end_date" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND "activities"."end_date" >= "activities"."start_date"),
	CONSTRAINT "activities_beneficiaries_ck" CHECK("activities"."beneficiaries" >= 0)
);
--> statement-breakpoint
CREATE INDEX `activities_status_start_ix` ON `activities` (`status`,`start_date`);--> statement-breakpoint
CREATE INDEX `activities_commune_start_ix` ON `activities` (`commune_id`,`start_date`);--> statement-breakpoint
CREATE TABLE `activity_categories` (
	`activity_id` integer NOT NULL,
	`category` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `category`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "activity_categories_ck" CHECK("activity_categories"."category" IN ('tuyen_truyen', 'chuyen_giao_khkt', 've_sinh_moi_truong', 'trong_cay_xanh', 'phun_khu_trung', 'duong_be_tong', 'san_nha_van_hoa', 'thap_sang_duong_que', 'tang_qua', 'phong_chong_dich', 'lam_nha_ho_ngheo', 'khac'))
);
--> statement-breakpoint
CREATE INDEX `activity_categories_category_ix` ON `activity_categories` (`category`);--> statement-breakpoint
CREATE TABLE `activity_ntm_criteria` (
	`activity_id` integer NOT NULL,
	`criteria_set` text NOT NULL,
	`criterion` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `criteria_set`, `criterion`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "activity_ntm_set_ck" CHECK("activity_ntm_criteria"."criteria_set" IN ('qd1980_2016', 'qd318_2022', 'qd51_2025')),
	CONSTRAINT "activity_ntm_number_ck" CHECK("activity_ntm_criteria"."criterion" BETWEEN 1 AND 19)
);
--> statement-breakpoint
CREATE INDEX `activity_ntm_criterion_ix` ON `activity_ntm_criteria` (`criteria_set`,`criterion`);--> statement-breakpoint
CREATE TABLE `activity_participants` (
	`activity_id` integer NOT NULL,
	`participant_group` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `participant_group`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "activity_participants_group_ck" CHECK("activity_participants"."participant_group" IN ('dang_vien', 'cong_chuc_vien_chuc', 'doan_vien_hoi_vien', 'luc_luong_vu_trang', 'nguoi_lao_dong', 'nhan_dan')),
	CONSTRAINT "activity_participants_count_ck" CHECK("activity_participants"."count" > 0)
);
--> statement-breakpoint
CREATE TABLE `activity_units` (
	`activity_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `unit_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activity_units_unit_ix` ON `activity_units` (`unit_id`);--> statement-breakpoint
CREATE TABLE `assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`commune_id` integer NOT NULL,
	`directive_id` integer NOT NULL,
	`role` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`note` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`commune_id`) REFERENCES `communes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`directive_id`) REFERENCES `directives`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "assignments_role_ck" CHECK("assignments"."role" IN ('phu_trach_chinh', 'tham_gia')),
	CONSTRAINT "assignments_dates_ck" CHECK("assignments"."valid_from" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND ("assignments"."valid_to" IS NULL OR "assignments"."valid_to" >= "assignments"."valid_from"))
);
--> statement-breakpoint
CREATE INDEX `assignments_unit_ix` ON `assignments` (`unit_id`,`valid_from`);--> statement-breakpoint
CREATE INDEX `assignments_commune_ix` ON `assignments` (`commune_id`,`valid_from`);--> statement-breakpoint
CREATE INDEX `assignments_directive_ix` ON `assignments` (`directive_id`);--> statement-breakpoint
CREATE TABLE `communes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`district` text NOT NULL,
	`area_class` text NOT NULL,
	`remote` integer NOT NULL,
	`ntm_status` text NOT NULL,
	`distance_km` real NOT NULL,
	`population` integer NOT NULL,
	`households` integer NOT NULL,
	`poor_households` integer NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`successor_id` integer,
	`search` text NOT NULL,
	`sort_key` text NOT NULL,
	`district_sort_key` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`successor_id`) REFERENCES `communes`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "communes_kind_ck" CHECK("communes"."kind" IN ('xa', 'phuong', 'thi_tran')),
	CONSTRAINT "communes_area_class_ck" CHECK("communes"."area_class" IN ('I', 'II', 'III')),
	CONSTRAINT "communes_ntm_status_ck" CHECK("communes"."ntm_status" IN ('chua_dat', 'dat_chuan', 'nang_cao', 'kieu_mau')),
	CONSTRAINT "communes_numbers_ck" CHECK("communes"."distance_km" >= 0 AND "communes"."population" >= 0 AND "communes"."households" >= 0 AND "communes"."poor_households" >= 0),
	CONSTRAINT "communes_dates_ck" CHECK("communes"."valid_from" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND ("communes"."valid_to" IS NULL OR "communes"."valid_to" >= "communes"."valid_from"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `communes_code_uq` ON `communes` (`code`);--> statement-breakpoint
CREATE INDEX `communes_district_ix` ON `communes` (`district`);--> statement-breakpoint
CREATE INDEX `communes_sort_ix` ON `communes` (`sort_key`);--> statement-breakpoint
CREATE TABLE `contributions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`kind` text NOT NULL,
	`source` text NOT NULL,
	`item` text,
	`quantity` real,
	`measure_unit` text,
	`value_vnd` integer NOT NULL,
	`valuation_method` text,
	`note` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "contributions_kind_ck" CHECK("contributions"."kind" IN ('tien_mat', 'hien_vat', 'ngay_cong')),
	CONSTRAINT "contributions_source_ck" CHECK("contributions"."source" IN ('can_bo_dong_gop', 'kinh_phi_don_vi', 'xa_hoi_hoa', 'ngan_sach', 'nhan_dan')),
	CONSTRAINT "contributions_value_ck" CHECK("contributions"."value_vnd" >= 0),
	CONSTRAINT "contributions_quantity_ck" CHECK("contributions"."quantity" IS NULL OR "contributions"."quantity" > 0),
	CONSTRAINT "contributions_valuation_ck" CHECK("contributions"."valuation_method" IS NULL OR "contributions"."valuation_method" IN ('hoa_don', 'gia_thi_truong', 'uoc_tinh'))
);
--> statement-breakpoint
CREATE INDEX `contributions_activity_ix` ON `contributions` (`activity_id`);--> statement-breakpoint
CREATE INDEX `contributions_unit_ix` ON `contributions` (`unit_id`);--> statement-breakpoint
CREATE INDEX `contributions_source_ix` ON `contributions` (`source`);--> statement-breakpoint
CREATE TABLE `difficulties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer,
	`commune_id` integer,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`recommendation` text DEFAULT '' NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`status` text DEFAULT 'moi' NOT NULL,
	`search` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`commune_id`) REFERENCES `communes`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "difficulties_kind_ck" CHECK("difficulties"."kind" IN ('kinh_phi', 'thoi_gian', 'khoang_cach', 'phoi_hop_dia_phuong', 'y_lai', 'khac')),
	CONSTRAINT "difficulties_status_ck" CHECK("difficulties"."status" IN ('moi', 'dang_xu_ly', 'da_giai_quyet')),
	CONSTRAINT "difficulties_owner_ck" CHECK("difficulties"."unit_id" IS NOT NULL OR "difficulties"."commune_id" IS NOT NULL),
	CONSTRAINT "difficulties_period_ck" CHECK("difficulties"."period_to" >= "difficulties"."period_from")
);
--> statement-breakpoint
CREATE INDEX `difficulties_unit_ix` ON `difficulties` (`unit_id`);--> statement-breakpoint
CREATE INDEX `difficulties_period_ix` ON `difficulties` (`period_from`);--> statement-breakpoint
CREATE TABLE `directives` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`kind` text NOT NULL,
	`issuer` text NOT NULL,
	`issued_on` text NOT NULL,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`parent_id` integer,
	`norms` text NOT NULL,
	`search` text NOT NULL,
	`sort_key` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `directives`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "directives_kind_ck" CHECK("directives"."kind" IN ('de_an', 'huong_dan', 'nghi_quyet', 'chi_thi', 'ke_hoach', 'quyet_dinh', 'quy_dinh')),
	CONSTRAINT "directives_issued_on_ck" CHECK("directives"."issued_on" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `directives_code_uq` ON `directives` (`code`);--> statement-breakpoint
CREATE INDEX `directives_sort_ix` ON `directives` (`sort_key`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`commune_id` integer NOT NULL,
	`month` text NOT NULL,
	`planned_date` text,
	`content` text NOT NULL,
	`categories` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`commune_id`) REFERENCES `communes`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "plans_month_ck" CHECK("plans"."month" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]')
);
--> statement-breakpoint
CREATE INDEX `plans_unit_month_ix` ON `plans` (`unit_id`,`month`);--> statement-breakpoint
CREATE INDEX `plans_commune_month_ix` ON `plans` (`commune_id`,`month`);--> statement-breakpoint
CREATE TABLE `units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`agency` text NOT NULL,
	`unit_group` text NOT NULL,
	`party_members` integer NOT NULL,
	`staff` integer NOT NULL,
	`active_from` text NOT NULL,
	`active_to` text,
	`search` text NOT NULL,
	`sort_key` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "units_kind_ck" CHECK("units"."kind" IN ('chi_bo_co_so', 'dang_bo_co_so')),
	CONSTRAINT "units_group_ck" CHECK("units"."unit_group" IN ('dang_doan_the', 'so_nganh', 'trung_uong', 'doanh_nghiep')),
	CONSTRAINT "units_counts_ck" CHECK("units"."party_members" >= 0 AND "units"."staff" >= 0),
	CONSTRAINT "units_dates_ck" CHECK("units"."active_from" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND ("units"."active_to" IS NULL OR "units"."active_to" >= "units"."active_from"))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_code_uq` ON `units` (`code`);--> statement-breakpoint
CREATE INDEX `units_group_ix` ON `units` (`unit_group`);--> statement-breakpoint
CREATE INDEX `units_sort_ix` ON `units` (`sort_key`);