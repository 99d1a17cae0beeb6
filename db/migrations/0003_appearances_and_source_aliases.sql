CREATE TABLE `claim_appearances` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer NOT NULL,
	`document_id` integer NOT NULL,
	`quote` text,
	`via_id` integer,
	`attribution` text DEFAULT 'reported' NOT NULL,
	`entered_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`via_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entered_by`) REFERENCES `editors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claim_appearances_claim_document_idx` ON `claim_appearances` (`claim_id`,`document_id`);--> statement-breakpoint
CREATE INDEX `claim_appearances_document_idx` ON `claim_appearances` (`document_id`);--> statement-breakpoint
CREATE INDEX `claim_appearances_via_idx` ON `claim_appearances` (`via_id`);--> statement-breakpoint
CREATE TABLE `data_tasks` (
	`name` text PRIMARY KEY NOT NULL,
	`done_at` integer
);
--> statement-breakpoint
CREATE TABLE `source_aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`name` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `source_aliases_name_nocase_idx` ON `source_aliases` (lower("name"));--> statement-breakpoint
CREATE INDEX `source_aliases_source_idx` ON `source_aliases` (`source_id`);--> statement-breakpoint
DROP INDEX `sources_name_nocase_idx`;--> statement-breakpoint
ALTER TABLE `sources` ADD `merged_into` integer REFERENCES sources(id);--> statement-breakpoint
CREATE INDEX `sources_merged_into_idx` ON `sources` (`merged_into`);--> statement-breakpoint
CREATE UNIQUE INDEX `sources_name_nocase_idx` ON `sources` (lower("name")) WHERE "sources"."merged_into" IS NULL;--> statement-breakpoint
ALTER TABLE `claim_revisions` ADD `appearance_id` integer REFERENCES claim_appearances(id);--> statement-breakpoint
ALTER TABLE `claims` ADD `appearance_count` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `claims` ADD `merged_into` integer REFERENCES claims(id);--> statement-breakpoint
CREATE INDEX `claims_merged_into_idx` ON `claims` (`merged_into`);--> statement-breakpoint
ALTER TABLE `metrics` ADD `divergence_threshold` real;--> statement-breakpoint
-- Every stored claim keeps its document and quote as its first appearance, entered when it was.
INSERT INTO `claim_appearances` (`claim_id`, `document_id`, `quote`, `via_id`, `attribution`, `entered_by`, `created_at`)
SELECT `id`, `document_id`, `quote`, `via_id`, `attribution`, `entered_by`, `created_at` FROM `claims` ORDER BY `id`;--> statement-breakpoint
-- Exact duplicates stored before this migration are merged by the app's own rules (lib/server/data-tasks.ts).
INSERT INTO `data_tasks` (`name`) VALUES ('merge_exact_duplicates');
