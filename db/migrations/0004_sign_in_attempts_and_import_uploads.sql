CREATE TABLE `import_uploads` (
	`token` text PRIMARY KEY NOT NULL,
	`editor_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`format` text NOT NULL,
	`bytes` blob NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`editor_id`) REFERENCES `editors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_uploads_created_idx` ON `import_uploads` (`created_at`);--> statement-breakpoint
CREATE TABLE `sign_in_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`editor_id` integer,
	`address` text NOT NULL,
	`outcome` text NOT NULL,
	`user_agent` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`editor_id`) REFERENCES `editors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sign_in_attempts_address_idx` ON `sign_in_attempts` (`address`,`created_at`);--> statement-breakpoint
CREATE INDEX `sign_in_attempts_email_idx` ON `sign_in_attempts` (`email`,`created_at`);--> statement-breakpoint
CREATE INDEX `sign_in_attempts_editor_idx` ON `sign_in_attempts` (`editor_id`,`created_at`);--> statement-breakpoint
-- The failures counted so far keep counting: the table of every attempt takes them over.
INSERT INTO `sign_in_attempts` (`email`, `address`, `outcome`, `created_at`)
SELECT `email`, `ip`, 'failed', `created_at` FROM `sign_in_failures`;--> statement-breakpoint
DROP TABLE `sign_in_failures`;
