CREATE TABLE "scenario_members" (
	"scenario_id" text NOT NULL,
	"user_id" text NOT NULL,
	"role" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scenario_members_scenario_id_user_id_pk" PRIMARY KEY("scenario_id","user_id"),
	CONSTRAINT "scenario_members_role_check" CHECK ("scenario_members"."role" IN ('viewer', 'editor'))
);
--> statement-breakpoint
ALTER TABLE "scenario_versions" ADD COLUMN "saved_by" text;--> statement-breakpoint
ALTER TABLE "scenarios" ADD COLUMN "owner_id" text;--> statement-breakpoint
ALTER TABLE "scenario_members" ADD CONSTRAINT "scenario_members_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_members" ADD CONSTRAINT "scenario_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scenario_members_user_idx" ON "scenario_members" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "scenario_versions" ADD CONSTRAINT "scenario_versions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scenarios_owner_idx" ON "scenarios" USING btree ("owner_id");--> statement-breakpoint
-- Scenarios saved before ownership existed belong to the first administrator, when there is one
-- (otherwise the setup gives them to the administrator it creates).
UPDATE "scenarios" SET "owner_id" = (SELECT "id" FROM "users" WHERE "role" = 'admin' ORDER BY "created_at", "id" LIMIT 1) WHERE "owner_id" IS NULL;
