CREATE TABLE `claim_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer NOT NULL,
	`action` text NOT NULL,
	`snapshot` text NOT NULL,
	`editor_id` integer,
	`reason` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`editor_id`) REFERENCES `editors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_revisions_claim_idx` ON `claim_revisions` (`claim_id`,`id`);--> statement-breakpoint
CREATE TABLE `claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`metric_id` integer NOT NULL,
	`value` real NOT NULL,
	`qualifier` text DEFAULT 'exact' NOT NULL,
	`low` real,
	`high` real,
	`has_explicit_bounds` integer DEFAULT false NOT NULL,
	`as_of` text NOT NULL,
	`period_start` text,
	`period_end` text,
	`claimant_id` integer,
	`via_id` integer,
	`attribution` text DEFAULT 'reported' NOT NULL,
	`stated_on` text,
	`document_id` integer NOT NULL,
	`quote` text,
	`notes` text,
	`status` text DEFAULT 'active' NOT NULL,
	`entered_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`metric_id`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claimant_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`via_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entered_by`) REFERENCES `editors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claims_metric_status_asof_idx` ON `claims` (`metric_id`,`status`,`as_of`,`id`);--> statement-breakpoint
CREATE INDEX `claims_metric_claimant_asof_idx` ON `claims` (`metric_id`,`claimant_id`,`as_of`);--> statement-breakpoint
CREATE INDEX `claims_claimant_idx` ON `claims` (`claimant_id`);--> statement-breakpoint
CREATE INDEX `claims_via_idx` ON `claims` (`via_id`);--> statement-breakpoint
CREATE INDEX `claims_document_idx` ON `claims` (`document_id`);--> statement-breakpoint
CREATE TABLE `data_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`url` text,
	`title` text,
	`publisher` text,
	`byline` text,
	`published_on` text,
	`retrieved_on` text,
	`archive_url` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_url_unique` ON `documents` (`url`);--> statement-breakpoint
CREATE INDEX `documents_title_idx` ON `documents` (`title`,`publisher`,`published_on`);--> statement-breakpoint
CREATE TABLE `editors` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`password_hash` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`revoked_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `editors_email_unique` ON `editors` (`email`);--> statement-breakpoint
CREATE TABLE `metrics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`topic_id` integer NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`unit` text DEFAULT 'people' NOT NULL,
	`kind` text DEFAULT 'count' NOT NULL,
	`parent_id` integer,
	`is_parts_complete` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`topic_id`) REFERENCES `topics`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `metrics`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `metrics_slug_unique` ON `metrics` (`slug`);--> statement-breakpoint
CREATE INDEX `metrics_topic_idx` ON `metrics` (`topic_id`);--> statement-breakpoint
CREATE INDEX `metrics_parent_idx` ON `metrics` (`parent_id`);--> statement-breakpoint
CREATE TABLE `record_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`record` text NOT NULL,
	`record_id` integer NOT NULL,
	`action` text NOT NULL,
	`snapshot` text NOT NULL,
	`editor_id` integer,
	`reason` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`editor_id`) REFERENCES `editors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `record_revisions_record_idx` ON `record_revisions` (`record`,`record_id`,`id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`url` text,
	`description` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_slug_unique` ON `sources` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `sources_name_nocase_idx` ON `sources` (lower("name"));--> statement-breakpoint
CREATE TABLE `topics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `topics_slug_unique` ON `topics` (`slug`);