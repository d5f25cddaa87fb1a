-- CreateTable
CREATE TABLE "WorkingDayCalendarYear" (
    "year" INTEGER NOT NULL,
    "daysOff" TEXT[],
    "workingWeekendDays" TEXT[],
    "source" TEXT,
    "enteredById" UUID NOT NULL,
    "enteredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkingDayCalendarYear_pkey" PRIMARY KEY ("year")
);

-- Prisma's diff does not see CHECK constraints. The save (lib/calendar/save-calendar-year.ts)
-- validates every date; these keep a hand-made row from being a silent weekend-only year.
ALTER TABLE "WorkingDayCalendarYear" ADD CONSTRAINT "WorkingDayCalendarYear_year_range" CHECK ("year" BETWEEN 2000 AND 2100);
ALTER TABLE "WorkingDayCalendarYear" ADD CONSTRAINT "WorkingDayCalendarYear_has_days_off" CHECK (cardinality("daysOff") >= 1 AND "workingWeekendDays" IS NOT NULL);
